package io.partnerbill.tax;

import static io.partnerbill.tax.TaxFixtures.DATE;
import static io.partnerbill.tax.TaxFixtures.INDIA_SUPPLIER;
import static io.partnerbill.tax.TaxFixtures.PARTNER_KARNATAKA;
import static io.partnerbill.tax.TaxFixtures.PARTNER_MAHARASHTRA;
import static io.partnerbill.tax.TaxFixtures.SINGAPORE_SUPPLIER;
import static io.partnerbill.tax.TaxFixtures.amountOf;
import static io.partnerbill.tax.TaxFixtures.policy;
import static io.partnerbill.tax.TaxFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class RegionTaxPolicyPropertiesTest {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final RegionTaxPolicy INTRA = policy(INDIA_SUPPLIER, TaxRegistration.india(PARTNER_KARNATAKA));
    private static final RegionTaxPolicy INTER = policy(INDIA_SUPPLIER, TaxRegistration.india(PARTNER_MAHARASHTRA));
    private static final RegionTaxPolicy INTRA_PER_BILL = RegionTaxPolicy.builder().supplier(INDIA_SUPPLIER)
            .register(TaxFixtures.PARTNER, TaxRegistration.india(PARTNER_KARNATAKA))
            .rounding(TaxRounding.perBill(RoundingPolicy.BILL_TOTAL)).build();
    private static final RegionTaxPolicy INTER_RUPEE = RegionTaxPolicy.builder().supplier(INDIA_SUPPLIER)
            .register(TaxFixtures.PARTNER, TaxRegistration.india(PARTNER_MAHARASHTRA))
            .rounding(Country.INDIA, TaxRounding.perComponent(RoundingPolicy.ofScale(0, RoundingMode.HALF_UP))).build();
    private static final RegionTaxPolicy SINGAPORE = policy(SINGAPORE_SUPPLIER, TaxRegistration.of(Country.of("SG")));

    @Property
    void intraState_cgstEqualsSgst(@ForAll @BigRange(min = "0.00000001", max = "10000000000") @Scale(8) BigDecimal base) {
        TaxBreakdown tax = INTRA.tax(request(base.toPlainString(), "INR", DATE));

        assertThat(amountOf(tax, "CGST")).isEqualByComparingTo(amountOf(tax, "SGST"));
    }

    @Property
    void cgstPlusSgst_isWithinOneCentOfIgst(@ForAll @BigRange(min = "0.01", max = "10000000000") @Scale(2) BigDecimal base) {
        TaxBreakdown intra = INTRA.tax(request(base.toPlainString(), "INR", DATE));
        TaxBreakdown inter = INTER.tax(request(base.toPlainString(), "INR", DATE));

        BigDecimal split = amountOf(intra, "CGST").add(amountOf(intra, "SGST"));
        assertThat(split.subtract(amountOf(inter, "IGST")).abs()).isLessThanOrEqualTo(CENT);
    }

    @Property
    void perBillRounding_makesCgstPlusSgstEqualIgst(@ForAll @BigRange(min = "0.01", max = "10000000000") @Scale(2) BigDecimal base) {
        TaxBreakdown intra = INTRA_PER_BILL.tax(request(base.toPlainString(), "INR", DATE));
        TaxBreakdown inter = INTER.tax(request(base.toPlainString(), "INR", DATE));

        assertThat(ExactMoney.decimal(intra.total())).isEqualByComparingTo(amountOf(inter, "IGST"));
        assertThat(amountOf(intra, "CGST").subtract(amountOf(intra, "SGST")).abs()).isLessThanOrEqualTo(CENT);
    }

    @Property
    void taxOfZeroOrNegativeBase_isZero(@ForAll @BigRange(min = "-10000000000", max = "0") @Scale(8) BigDecimal base,
            @ForAll("policies") RegionTaxPolicy policy) {
        TaxBreakdown tax = policy.tax(request(base.toPlainString(), "INR", DATE));

        assertThat(tax.components()).isEmpty();
        assertThat(ExactMoney.decimal(tax.total())).isZero();
    }

    @Provide
    Arbitrary<RegionTaxPolicy> policies() {
        return Arbitraries.of(INTRA, INTER, INTRA_PER_BILL, INTER_RUPEE, SINGAPORE);
    }

    @Property
    void inclusiveSplit_singleComponent_reappliedIsWithinOneStep(
            @ForAll @BigRange(min = "0.01", max = "10000000000") @Scale(2) BigDecimal inclusive,
            @ForAll("singaporeDates") LocalDate date) {
        assertReappliedWithin(SINGAPORE, inclusive, date, CENT);
    }

    @Provide
    Arbitrary<LocalDate> singaporeDates() {
        return Arbitraries.of(LocalDate.of(2022, 6, 5), LocalDate.of(2023, 6, 5), LocalDate.of(2024, 6, 5));
    }

    @Property
    void inclusiveSplit_perBill_reappliedIsWithinOneStep(
            @ForAll @BigRange(min = "0.01", max = "10000000000") @Scale(2) BigDecimal inclusive) {
        assertReappliedWithin(INTRA_PER_BILL, inclusive, DATE, CENT);
    }

    @Property
    void inclusiveSplit_wholeRupee_reappliedIsWithinOneRupee(
            @ForAll @BigRange(min = "0.01", max = "10000000000") @Scale(2) BigDecimal inclusive) {
        assertReappliedWithin(INTER_RUPEE, inclusive, DATE, BigDecimal.ONE);
    }

    /** CGST and SGST round up together, so base + tax moves in steps of 0.01 or 0.03: at most 0.015 away. */
    @Property
    void inclusiveSplit_twoComponents_reappliedIsWithinOneAndAHalfSteps(
            @ForAll @BigRange(min = "0.01", max = "10000000000") @Scale(2) BigDecimal inclusive) {
        assertReappliedWithin(INTRA, inclusive, DATE, new BigDecimal("0.015"));
    }

    private static void assertReappliedWithin(RegionTaxPolicy policy, BigDecimal inclusive, LocalDate date, BigDecimal step) {
        InclusiveSplit split = policy.splitInclusive(request(inclusive.toPlainString(), "INR", date));
        TaxBreakdown reapplied = policy.tax(request(ExactMoney.decimal(split.base()).toPlainString(), "INR", date));

        BigDecimal back = ExactMoney.decimal(split.base()).add(ExactMoney.decimal(reapplied.total()));
        assertThat(back.subtract(inclusive).abs()).isLessThanOrEqualTo(step);
        assertThat(reapplied).isEqualTo(split.tax());
        assertThat(ExactMoney.decimal(split.residue())).isEqualByComparingTo(inclusive.subtract(back));
    }

    @Property
    void rateEntry_parseReadsBackToString(@ForAll("entries") RateEntry entry) {
        assertThat(RateEntry.parse(entry.toString())).isEqualTo(entry);
    }

    @Provide
    Arbitrary<RateEntry> entries() {
        Arbitrary<Country> region = Arbitraries.of("SG", "IN", "DE", "ID", "VN").map(Country::of);
        Arbitrary<String> tax = Arbitraries.of("VAT", "GST", "Service Tax", "Levy");
        Arbitrary<LocalDate> from = Arbitraries.integers().between(0, 20_000).map(i -> LocalDate.of(2000, 1, 1).plusDays(i));
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 5_000);
        Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(4);
        Arbitrary<BaseFactor> factor = Arbitraries.integers().between(1, 1000)
                .flatMap(d -> Arbitraries.integers().between(1, d).map(n -> BaseFactor.of(n, d)));
        return Combinators.combine(region, tax, from, length, rate, factor).as((r, t, f, len, rt, fa) ->
                RateEntry.of(r, t, f, len == 0 ? java.util.Optional.empty() : java.util.Optional.of(f.plusDays(len)), rt, fa));
    }
}
