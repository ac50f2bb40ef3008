package io.partnerbill.testkit;

import static io.partnerbill.testkit.BillingAssertions.assertThatBill;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.discount.DiscountRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.Monetary;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The README's testkit examples: a user's property tests of their own billing code. */
class ReadmeTestkitExampleTest {

    // --- README testkit begins
    // Your code: how your billing system applies a seller's discount.
    static BigDecimal yourSettlement(BigDecimal listPrice, BigDecimal percentOff) {
        return listPrice.multiply(BigDecimal.valueOf(100).subtract(percentOff)).movePointLeft(2)
                .setScale(8, RoundingMode.HALF_UP);
    }

    @Property
    void yourDiscountCodeAgreesWithPartnerbill(@ForAll("rates") DiscountRate rate, @ForAll("fees") BigDecimal fee) {
        BigDecimal yours = yourSettlement(fee, rate.percentOff());
        assertThat(yours).isEqualByComparingTo(rate.settlement(fee, Monetary.getCurrency("USD"), RoundingPolicy.LINE));
        assertThat(yours).isBetween(BigDecimal.ZERO, fee);
    }

    @Provide Arbitrary<DiscountRate> rates() { return BillingArbitraries.discountRates(); }
    @Provide Arbitrary<BigDecimal> fees() { return BillingArbitraries.amounts(BigDecimal.ZERO, new BigDecimal("1000000")); }

    // Your service's bills keep partnerbill's invariants, for any month of lines.
    @Property(tries = 200)
    void yourBillsReconcile(@ForAll("months") List<BillLine> lines) {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").build();   // or your configured one
        billing.lines().appendAll(lines);
        MonthlyBill bill = billing.bills().calculate(PartnerId.of("P-TEST"), BillCycle.of(2024, 1));
        assertThatBill(bill).reconcilesWith(lines).hasNonNegativeAmountDue().followsTheAmountDueFormula();
    }

    @Provide Arbitrary<List<BillLine>> months() { return BillingArbitraries.months().shape(20, 50, List.of("ap-southeast-1")).arbitrary(); }
    // --- README testkit ends
}
