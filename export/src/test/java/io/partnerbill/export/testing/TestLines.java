package io.partnerbill.export.testing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.time.Instant;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/** Bill lines for tests: partner P1, cycle 2024-01, USD. */
public final class TestLines {

    public static final CurrencyUnit USD = Monetary.getCurrency("USD");
    public static final PartnerId PARTNER = PartnerId.of("P1");
    public static final BillCycle CYCLE = BillCycle.of(2024, 1);
    /** 2024-01-15 12:00 in Beijing. */
    public static final Instant MID_JANUARY = Instant.parse("2024-01-15T04:00:00Z");

    private TestLines() {
    }

    public static MonetaryAmount usd(String amount) {
        return ExactMoney.monetary(new BigDecimal(amount), USD);
    }

    /** An expenditure line settled at its discount. */
    public static BillLine.Builder expenditure(String orderId, String customer, String product, String amount, String percentOff) {
        return BillLine.builder().cycle(CYCLE).partner(PARTNER).customer(CustomerId.of(customer))
                .billType(BillType.EXPENDITURE).billingMode(BillingMode.YEARLY_MONTHLY).productType("Common products")
                .productName("Product " + product).product(ProductId.of(product)).regionCode("ap-southeast-1")
                .region("AP-Singapore").orderId(OrderId.of(orderId)).transactionTime(MID_JANUARY)
                .orderType(OrderType.NEW_PURCHASE).customerExpenditure(usd(amount))
                .discount(DiscountRate.ofPercentOff(percentOff)).settleAtDiscount();
    }

    /** A refund line of an original order, settled at its discount. */
    public static BillLine.Builder refund(String orderId, String original, String customer, String product, String amount,
            String percentOff) {
        return expenditure(orderId, customer, product, amount, percentOff).billType(BillType.REFUND)
                .orderType(OrderType.UNSUBSCRIPTION).originalOrderId(OrderId.of(original)).settleAtDiscount();
    }

    /** The i-th generated line, made on demand: nothing is kept. */
    public static BillLine generated(long i) {
        long cents = 100 + (i % 100_000);
        return expenditure("O" + i, "C" + (i % 1000), "PRD" + (i % 50), BigDecimal.valueOf(cents, 2).toPlainString(), "12.5")
                .transactionTime(MID_JANUARY.plusSeconds(i % 1_000_000))
                .specifications("2 vCPUs | 4 GiB, \"general\"").build();
    }
}
