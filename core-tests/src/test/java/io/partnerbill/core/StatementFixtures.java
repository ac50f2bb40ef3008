package io.partnerbill.core;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** Lines and a flat tax for the customer-statement tests. */
public final class StatementFixtures {

    public static final PartnerId P = PartnerId.of("P-1");
    public static final CustomerId C1 = CustomerId.of("C-1");
    public static final CustomerId C2 = CustomerId.of("C-2");
    public static final ProductId PRD1 = ProductId.of("PRD-1");
    public static final ProductId PRD2 = ProductId.of("PRD-2");
    public static final BillCycle DEC = BillCycle.of(2023, 12);
    public static final BillCycle JAN = BillCycle.of(2024, 1);
    public static final BillCycle FEB = BillCycle.of(2024, 2);
    /** 12.00% off: settlement = 88 % of the list amount. */
    public static final DiscountRate RATE = DiscountRate.parse("12.00% off");

    /** 10 % VAT on the base, HALF_UP to the cent; only for customer requests. */
    public static final TaxPolicy VAT_10 = request -> {
        if (request.customer().isEmpty()) {
            throw new IllegalStateException("a partner request reached the customer policy: " + request);
        }
        BigDecimal tax = ExactMoney.decimal(request.base()).multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP);
        return TaxBreakdown.of(BillingFixtures.USD, List.of(TaxComponent.of("VAT", BigDecimal.TEN, request.base(),
                BillingFixtures.usd(tax.toPlainString()))));
    };

    private StatementFixtures() {
    }

    /** A line on the cycle's 10th day (Beijing) at 12.00% off; refunds and adjustments take a negative amount. */
    public static BillLine line(BillCycle cycle, String orderId, CustomerId customer, ProductId product, BillType type,
            String amount, String original) {
        Instant at = BillingFixtures.CALENDAR.start(cycle).plusSeconds(9 * 86400);
        BillLine.Builder b = BillLine.builder().cycle(cycle).partner(P).customer(customer).billType(type)
                .orderType(switch (type) {
                    case EXPENDITURE -> OrderType.NEW_PURCHASE;
                    case REFUND -> OrderType.UNSUBSCRIPTION;
                    case ADJUSTMENT -> OrderType.FEE_ADJUSTMENT;
                })
                .orderId(OrderId.of(orderId)).product(product).productName("Product " + product).productType("Common products")
                .regionCode("ap-southeast-1").transactionTime(at).customerExpenditure(BillingFixtures.usd(amount))
                .discount(RATE).settleAtDiscount();
        if (!original.isEmpty()) {
            b.originalOrderId(OrderId.of(original));
        }
        return b.build();
    }

    public static BillLine expenditure(BillCycle cycle, String orderId, CustomerId customer, ProductId product, String amount) {
        return line(cycle, orderId, customer, product, BillType.EXPENDITURE, amount, "");
    }

    public static BillLine refund(BillCycle cycle, String orderId, CustomerId customer, ProductId product, String amount,
            String original) {
        return line(cycle, orderId, customer, product, BillType.REFUND, amount, original);
    }
}
