package com.example.billing;

import static io.partnerbill.testkit.BillingAssertions.assertThatBill;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.testkit.BillingArbitraries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The service's tax rule and its bills' JSON round trip over partnerbill's generated months (jqwik,
 * through the testkit), and one hand-worked month as a plain JUnit test.
 */
class BillingPropertiesTest {

    private static final PartnerId PARTNER = PartnerId.of("P-TEST");
    private static final BillCycle JANUARY = BillCycle.of(2024, 1);
    /** What the service's web layer would use: a mapper that finds partnerbill's JSON module itself. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Property(tries = 100)
    void everyBillChargesNinePercentGstOnItsNet(@ForAll("months") List<BillLine> lines) {
        PartnerBilling billing = PartnerBilling.builder().currency("SGD")
                .taxPolicy(BillingService.taxPolicy(PARTNER)).build();
        billing.lines().appendAll(lines);
        MonthlyBill bill = billing.bills().calculate(PARTNER, JANUARY);

        assertThatBill(bill).reconcilesWith(lines).hasNonNegativeAmountDue().followsTheAmountDueFormula();
        BigDecimal net = decimal(bill.netSettlement());
        BigDecimal gst = net.signum() > 0 ? net.multiply(new BigDecimal("0.09")).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO;
        assertThat(decimal(bill.tax().total())).isEqualByComparingTo(gst);
    }

    @Property(tries = 50)
    void everyBillReadsBackEqualFromJson(@ForAll("hostileMonths") List<BillLine> lines) throws Exception {
        PartnerBilling billing = PartnerBilling.builder().currency("SGD")
                .taxPolicy(BillingService.taxPolicy(PARTNER)).build();
        billing.lines().appendAll(lines);
        MonthlyBill bill = billing.bills().calculate(PARTNER, JANUARY);

        String json = JSON.writeValueAsString(bill);

        assertThat(JSON.readValue(json, MonthlyBill.class)).isEqualTo(bill);
    }

    @Provide
    Arbitrary<List<BillLine>> hostileMonths() {
        return BillingArbitraries.months().partner(PARTNER).cycle(JANUARY).currency(Monetary.getCurrency("SGD"))
                .hostileText().maxAmount(new BigDecimal("1000000000000")).arbitrary();
    }

    @Provide
    Arbitrary<List<BillLine>> months() {
        return BillingArbitraries.months().partner(PARTNER).cycle(JANUARY).currency(Monetary.getCurrency("SGD"))
                .shape(3, 5, List.of("ap-southeast-3")).arbitrary();
    }

    @Test
    void aLineOf100SgdOwes109WithGst() {
        // 100 SGD, no discount on the line: 100.00 net, 9.00 GST.
        PartnerBilling billing = PartnerBilling.builder().currency("SGD")
                .taxPolicy(BillingService.taxPolicy(PARTNER)).build();
        billing.lines().append(BillLine.builder().cycle(JANUARY).partner(PARTNER)
                .customer(CustomerId.of("C-1")).billType(BillType.EXPENDITURE).orderType(OrderType.NEW_PURCHASE)
                .orderId(OrderId.of("O-1")).product(BillingService.ECS).productName("ECS")
                .productType("Common products").regionCode("ap-southeast-3")
                .transactionTime(Instant.parse("2024-01-10T00:00:00Z"))
                .customerExpenditure(BillingService.sgd(new BigDecimal("100"))).settleAtDiscount().build());

        MonthlyBill bill = billing.bills().calculate(PARTNER, JANUARY);

        assertThat(decimal(bill.amountDue())).isEqualByComparingTo("109.00");
    }

    private static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }
}
