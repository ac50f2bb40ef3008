package io.partnerbill.tax;

import static io.partnerbill.tax.TaxFixtures.DATE;
import static io.partnerbill.tax.TaxFixtures.INDIA_SUPPLIER;
import static io.partnerbill.tax.TaxFixtures.IRELAND_SUPPLIER;
import static io.partnerbill.tax.TaxFixtures.PARTNER;
import static io.partnerbill.tax.TaxFixtures.PARTNER_KARNATAKA;
import static io.partnerbill.tax.TaxFixtures.PARTNER_MAHARASHTRA;
import static io.partnerbill.tax.TaxFixtures.SINGAPORE_SUPPLIER;
import static io.partnerbill.tax.TaxFixtures.describe;
import static io.partnerbill.tax.TaxFixtures.policy;
import static io.partnerbill.tax.TaxFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxRequest;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionTaxPolicyTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /*
     * Every region of the built-in table on a base of USD 1234.56, HALF_UP to the cent, on the
     * last day before and the first day of each rate change:
     *   5 % = 61.728 -> 61.73     6 % = 74.0736 -> 74.07    7 % = 86.4192 -> 86.42
     *   8 % = 98.7648 -> 98.76    9 % = 111.1104 -> 111.11  10 % = 123.456 -> 123.46
     *  11 % = 135.8016 -> 135.80 15 % = 185.184 -> 185.18  16 % = 197.5296 -> 197.53
     *  18 % = 222.2208 -> 222.22 19 % = 234.5664 -> 234.57 20 % = 246.912 -> 246.91
     *  21 % = 259.2576 -> 259.26 23 % = 283.9488 -> 283.95
     * Indonesia from 2025: base 1234.56 * 11/12 = 102.88 * 11 = 1131.68; 12 % of that
     * = 135.8016 -> 135.80 (the same as 11 % of the price).
     */
    static Stream<Arguments> regions() {
        return Stream.of(
                // Singapore GST 7 % -> 8 % (2023-01-01) -> 9 % (2024-01-01)
                Arguments.of("SG", d("2022-12-31"), "GST 7% of 1234.56 = 86.42"),
                Arguments.of("SG", d("2023-01-01"), "GST 8% of 1234.56 = 98.76"),
                Arguments.of("SG", d("2023-12-31"), "GST 8% of 1234.56 = 98.76"),
                Arguments.of("SG", d("2024-01-01"), "GST 9% of 1234.56 = 111.11"),
                // Malaysia service tax 6 % -> 8 % (2024-03-01)
                Arguments.of("MY", d("2024-02-29"), "Service Tax 6% of 1234.56 = 74.07"),
                Arguments.of("MY", d("2024-03-01"), "Service Tax 8% of 1234.56 = 98.76"),
                // Thailand 7 %
                Arguments.of("TH", d("2024-06-05"), "VAT 7% of 1234.56 = 86.42"),
                // Indonesia 10 % -> 11 % (2022-04-01) -> 12 % on 11/12 (2025-01-01)
                Arguments.of("ID", d("2022-03-31"), "PPN 10% of 1234.56 = 123.46"),
                Arguments.of("ID", d("2022-04-01"), "PPN 11% of 1234.56 = 135.80"),
                Arguments.of("ID", d("2024-12-31"), "PPN 11% of 1234.56 = 135.80"),
                Arguments.of("ID", d("2025-01-01"), "PPN 12% of 1131.68 = 135.80"),
                // Saudi Arabia 5 % -> 15 % (2020-07-01)
                Arguments.of("SA", d("2020-06-30"), "VAT 5% of 1234.56 = 61.73"),
                Arguments.of("SA", d("2020-07-01"), "VAT 15% of 1234.56 = 185.18"),
                // UAE 5 %, South Africa 15 %
                Arguments.of("AE", d("2024-06-05"), "VAT 5% of 1234.56 = 61.73"),
                Arguments.of("ZA", d("2024-06-05"), "VAT 15% of 1234.56 = 185.18"),
                // Turkey 18 % -> 20 % (2023-07-10)
                Arguments.of("TR", d("2023-07-09"), "KDV 18% of 1234.56 = 222.22"),
                Arguments.of("TR", d("2023-07-10"), "KDV 20% of 1234.56 = 246.91"),
                // Mexico 16 %, Chile 19 %, Peru 18 %, Argentina 21 %
                Arguments.of("MX", d("2024-06-05"), "VAT 16% of 1234.56 = 197.53"),
                Arguments.of("CL", d("2024-06-05"), "VAT 19% of 1234.56 = 234.57"),
                Arguments.of("PE", d("2024-06-05"), "VAT 18% of 1234.56 = 222.22"),
                Arguments.of("AR", d("2024-06-05"), "VAT 21% of 1234.56 = 259.26"),
                // Germany 19 % -> 16 % (2020-07-01) -> 19 % (2021-01-01)
                Arguments.of("DE", d("2020-06-30"), "VAT 19% of 1234.56 = 234.57"),
                Arguments.of("DE", d("2020-07-01"), "VAT 16% of 1234.56 = 197.53"),
                Arguments.of("DE", d("2020-12-31"), "VAT 16% of 1234.56 = 197.53"),
                Arguments.of("DE", d("2021-01-01"), "VAT 19% of 1234.56 = 234.57"),
                // France 20 %
                Arguments.of("FR", d("2024-06-05"), "VAT 20% of 1234.56 = 246.91"),
                // Ireland 23 % -> 21 % (2020-09-01) -> 23 % (2021-03-01)
                Arguments.of("IE", d("2020-08-31"), "VAT 23% of 1234.56 = 283.95"),
                Arguments.of("IE", d("2020-09-01"), "VAT 21% of 1234.56 = 259.26"),
                Arguments.of("IE", d("2021-02-28"), "VAT 21% of 1234.56 = 259.26"),
                Arguments.of("IE", d("2021-03-01"), "VAT 23% of 1234.56 = 283.95"));
    }

    @ParameterizedTest
    @MethodSource("regions")
    void tax_chargesTheRegionsRateInForceOnTheTaxDate(String region, LocalDate date, String expected) {
        RegionTaxPolicy policy = policy(SINGAPORE_SUPPLIER, TaxRegistration.of(Country.of(region)));

        TaxBreakdown tax = policy.tax(request("1234.56", "USD", date));

        assertThat(describe(tax)).containsExactly(expected);
        assertThat(tax.currency().getCurrencyCode()).isEqualTo("USD");
    }

    /*
     * India GST 18 % on INR 1234.56, supplier in Karnataka (29) unless stated:
     *   half rate 9 %: 1234.56 * 0.09 = 111.1104 -> 111.11 for CGST and for SGST/UTGST;
     *   full rate 18 %: 1234.56 * 0.18 = 222.2208 -> 222.22 for IGST.
     * Union-territory GSTINs: check characters computed with the algorithm checked by hand in GstinTest.
     */
    static Stream<Arguments> india() {
        List<String> cgstSgst = List.of("CGST 9% of 1234.56 = 111.11", "SGST 9% of 1234.56 = 111.11");
        List<String> cgstUtgst = List.of("CGST 9% of 1234.56 = 111.11", "UTGST 9% of 1234.56 = 111.11");
        List<String> igst = List.of("IGST 18% of 1234.56 = 222.22");
        return Stream.of(
                // intra-state: Karnataka to Karnataka
                Arguments.of("intra-state", INDIA_SUPPLIER, TaxRegistration.india(PARTNER_KARNATAKA), cgstSgst),
                // inter-state: Karnataka to Maharashtra
                Arguments.of("inter-state", INDIA_SUPPLIER, TaxRegistration.india(PARTNER_MAHARASHTRA), igst),
                // SEZ unit in Karnataka: inter-state although the same state
                Arguments.of("SEZ", INDIA_SUPPLIER, TaxRegistration.india(PARTNER_KARNATAKA).asSezUnit(), igst),
                // import: supplier in Singapore, partner in Karnataka
                Arguments.of("import", SINGAPORE_SUPPLIER, TaxRegistration.india(PARTNER_KARNATAKA), igst),
                // export: partner in Singapore; under LUT zero-rated, without it IGST paid
                Arguments.of("export under LUT", INDIA_SUPPLIER.withLetterOfUndertaking("AD290324000123X"),
                        TaxRegistration.of(Country.of("SG")), List.of("IGST 0% of 1234.56 = 0.00 (export under LUT)")),
                Arguments.of("export with IGST", INDIA_SUPPLIER, TaxRegistration.of(Country.of("SG")), igst),
                // union territories without a legislature: UTGST
                Arguments.of("UT Chandigarh 04", Supplier.india("Op", Gstin.of("04AAACC1206D1ZO")),
                        TaxRegistration.india(Gstin.of("04ABCDE1234F1Z8")), cgstUtgst),
                Arguments.of("UT Ladakh 38", Supplier.india("Op", Gstin.of("38AAACO1234K1ZI")),
                        TaxRegistration.india(Gstin.of("38ABCDE1234F1ZX")), cgstUtgst),
                Arguments.of("UT Lakshadweep 31", Supplier.india("Op", Gstin.of("31AAACO1234K1ZW")),
                        TaxRegistration.india(Gstin.of("31ABCDE1234F1ZB")), cgstUtgst),
                Arguments.of("UT DNH and DD 26", Supplier.india("Op", Gstin.of("26AAACO1234K1ZN")),
                        TaxRegistration.india(Gstin.of("26ABCDE1234F1Z2")), cgstUtgst),
                Arguments.of("UT Andaman and Nicobar 35", Supplier.india("Op", Gstin.of("35AAACO1234K1ZO")),
                        TaxRegistration.india(Gstin.of("35ABCDE1234F1Z3")), cgstUtgst),
                Arguments.of("Other Territory 97", Supplier.india("Op", Gstin.of("97AAACO1234K1ZE")),
                        TaxRegistration.india(Gstin.of("97ABCDE1234F1ZT")), cgstUtgst),
                // union territories with a legislature: SGST
                Arguments.of("Delhi 07", Supplier.india("Op", Gstin.of("07AAACO1234K1ZN")),
                        TaxRegistration.india(Gstin.of("07ABCDE1234F1Z2")), cgstSgst),
                Arguments.of("Puducherry 34", Supplier.india("Op", Gstin.of("34AAACO1234K1ZQ")),
                        TaxRegistration.india(Gstin.of("34ABCDE1234F1Z5")), cgstSgst),
                // a UT partner buying from another state is inter-state
                Arguments.of("Karnataka to Chandigarh", INDIA_SUPPLIER,
                        TaxRegistration.india(Gstin.of("04ABCDE1234F1Z8")), igst));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("india")
    void tax_appliesIndiaGst(String name, Supplier supplier, TaxRegistration partner, List<String> expected) {
        TaxBreakdown tax = policy(supplier, partner).tax(request("1234.56", "INR", DATE));

        assertThat(describe(tax)).containsExactlyElementsOf(expected);
    }

    @Test
    void tax_cgstPlusSgstCanDifferFromIgstByOneCent() {
        // 1000.05 * 9 % = 90.0045 -> 90.00, twice = 180.00; 1000.05 * 18 % = 180.009 -> 180.01
        TaxBreakdown intra = policy(INDIA_SUPPLIER, TaxRegistration.india(PARTNER_KARNATAKA)).tax(request("1000.05", "INR", DATE));
        TaxBreakdown inter = policy(INDIA_SUPPLIER, TaxRegistration.india(PARTNER_MAHARASHTRA)).tax(request("1000.05", "INR", DATE));

        assertThat(describe(intra)).containsExactly("CGST 9% of 1000.05 = 90.00", "SGST 9% of 1000.05 = 90.00");
        assertThat(describe(inter)).containsExactly("IGST 18% of 1000.05 = 180.01");
        assertThat(ExactMoney.decimal(intra.total())).isEqualByComparingTo("180.00");
    }

    /*
     * EU B2B cross-border: the supplier charges 0 and names the reason; EUR 1234.56.
     * Same country, or no VAT id (a consumer): the partner's rate, 23 % = 283.95, 19 % = 234.57.
     */
    static Stream<Arguments> eu() {
        return Stream.of(
                Arguments.of(IRELAND_SUPPLIER, TaxRegistration.eu(VatId.of("DE123456789")), "VAT 0% of 1234.56 = 0.00 (reverse charge)"),
                Arguments.of(SINGAPORE_SUPPLIER, TaxRegistration.eu(VatId.of("FRXX999999999")), "VAT 0% of 1234.56 = 0.00 (reverse charge)"),
                Arguments.of(IRELAND_SUPPLIER, TaxRegistration.eu(VatId.of("IE6388047V")), "VAT 23% of 1234.56 = 283.95"),
                Arguments.of(IRELAND_SUPPLIER, TaxRegistration.of(Country.of("DE")), "VAT 19% of 1234.56 = 234.57"));
    }

    @ParameterizedTest
    @MethodSource("eu")
    void tax_appliesEuReverseCharge(Supplier supplier, TaxRegistration partner, String expected) {
        assertThat(describe(policy(supplier, partner).tax(request("1234.56", "EUR", DATE)))).containsExactly(expected);
    }

    /*
     * Rounding per jurisdiction, Singapore 9 % and India 18 % (supplier in Karnataka).
     */
    static Stream<Arguments> roundings() {
        RoundingPolicy rupee = RoundingPolicy.ofScale(0, RoundingMode.HALF_UP);
        RoundingPolicy halfEven = RoundingPolicy.ofCurrencyScale(RoundingMode.HALF_EVEN);
        RoundingPolicy down = RoundingPolicy.ofCurrencyScale(RoundingMode.DOWN);
        TaxRegistration ka = TaxRegistration.india(PARTNER_KARNATAKA);
        TaxRegistration mh = TaxRegistration.india(PARTNER_MAHARASHTRA);
        TaxRegistration sg = TaxRegistration.of(Country.of("SG"));
        return Stream.of(
                // whole rupee (shown with two decimals): 1234.56 * 9 % = 111.1104 -> 111; * 18 % = 222.2208 -> 222
                Arguments.of(ka, TaxRounding.perComponent(rupee), "1234.56",
                        List.of("CGST 9% of 1234.56 = 111.00", "SGST 9% of 1234.56 = 111.00")),
                Arguments.of(mh, TaxRounding.perComponent(rupee), "1234.56", List.of("IGST 18% of 1234.56 = 222.00")),
                // whole rupee: 1005.56 * 9 % = 90.5004 -> 91 twice = 182; * 18 % = 181.0008 -> 181
                Arguments.of(ka, TaxRounding.perComponent(rupee), "1005.56",
                        List.of("CGST 9% of 1005.56 = 91.00", "SGST 9% of 1005.56 = 91.00")),
                Arguments.of(mh, TaxRounding.perComponent(rupee), "1005.56", List.of("IGST 18% of 1005.56 = 181.00")),
                // per bill: 90.0045 + 90.0045 = 180.009 -> 180.01; floors 90.00 + 90.00, the cent
                // left goes to the largest remainder, ties to the first: CGST
                Arguments.of(ka, TaxRounding.perBill(RoundingPolicy.BILL_TOTAL), "1000.05",
                        List.of("CGST 9% of 1000.05 = 90.01", "SGST 9% of 1000.05 = 90.00")),
                // per bill, whole rupee: 90.5004 * 2 = 181.0008 -> 181: CGST 90 + 1 = 91, SGST 90
                Arguments.of(ka, TaxRounding.perBill(rupee), "1005.56",
                        List.of("CGST 9% of 1005.56 = 91.00", "SGST 9% of 1005.56 = 90.00")),
                // Singapore 9 %: 1000.50 * 9 % = 90.045 -> HALF_UP 90.05, HALF_EVEN 90.04, DOWN 90.04
                Arguments.of(sg, TaxRounding.DEFAULT, "1000.50", List.of("GST 9% of 1000.50 = 90.05")),
                Arguments.of(sg, TaxRounding.perComponent(halfEven), "1000.50", List.of("GST 9% of 1000.50 = 90.04")),
                Arguments.of(sg, TaxRounding.perComponent(down), "1000.50", List.of("GST 9% of 1000.50 = 90.04")),
                // 1000.55 * 9 % = 90.0495 -> HALF_EVEN 90.05, DOWN 90.04
                Arguments.of(sg, TaxRounding.perComponent(halfEven), "1000.55", List.of("GST 9% of 1000.55 = 90.05")),
                Arguments.of(sg, TaxRounding.perComponent(down), "1000.55", List.of("GST 9% of 1000.55 = 90.04")));
    }

    @ParameterizedTest
    @MethodSource("roundings")
    void tax_roundsAsTheJurisdictionSays(TaxRegistration partner, TaxRounding rounding, String base, List<String> expected) {
        Country jurisdiction = partner.country().equals(Country.of("SG")) ? Country.of("SG") : Country.INDIA;
        RegionTaxPolicy policy = RegionTaxPolicy.builder().supplier(INDIA_SUPPLIER).supplier(Country.of("SG"), SINGAPORE_SUPPLIER)
                .register(PARTNER, partner).rounding(jurisdiction, rounding).build();

        assertThat(describe(policy.tax(request(base, "INR", DATE)))).containsExactlyElementsOf(expected);
        assertThat(policy.roundingFor(Country.of("TH"))).isEqualTo(TaxRounding.DEFAULT);
    }

    /*
     * Singapore, cycle 2023-12, issued 2024-01-05 (the tax date the core passes); USD 1234.56:
     * 9 % = 111.11 on the issue date, 8 % = 98.76 within December, 7 % = 86.42 on 2022-06-01.
     */
    static Stream<Arguments> taxDates() {
        return Stream.of(
                Arguments.of(TaxDateRule.issueDate(), "GST 9% of 1234.56 = 111.11"),
                Arguments.of(TaxDateRule.cycleEnd(), "GST 8% of 1234.56 = 98.76"),
                Arguments.of(TaxDateRule.cycleStart(), "GST 8% of 1234.56 = 98.76"),
                Arguments.of(TaxDateRule.fixed(d("2022-06-01")), "GST 7% of 1234.56 = 86.42"));
    }

    @ParameterizedTest
    @MethodSource("taxDates")
    void tax_readsRatesOnTheDateTheRuleChooses(TaxDateRule rule, String expected) {
        RegionTaxPolicy policy = RegionTaxPolicy.builder().supplier(SINGAPORE_SUPPLIER)
                .register(PARTNER, TaxRegistration.of(Country.of("SG"))).taxDate(rule).build();
        TaxRequest december = new TaxRequest(PARTNER, BillCycle.of(2023, 12), TaxFixtures.money("1234.56", "USD"),
                d("2024-01-05"));

        assertThat(describe(policy.tax(december))).containsExactly(expected);
        assertThat(policy.taxDateRule()).isSameAs(rule);
        assertThat(policy.taxDate(december)).isEqualTo(rule.dateFor(december));
    }

    @Test
    void taxDate_refusesARuleThatReturnsNoDate() {
        TaxDateRule broken = request -> null;
        RegionTaxPolicy policy = RegionTaxPolicy.builder().supplier(SINGAPORE_SUPPLIER)
                .register(PARTNER, TaxRegistration.of(Country.of("SG"))).taxDate(broken).build();

        assertThatThrownBy(() -> policy.tax(request("1.00", "USD", DATE)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("tax date rule returned null");
    }

    @Test
    void taxDateRules_sayWhatTheyAre() {
        assertThat(List.of(TaxDateRule.issueDate(), TaxDateRule.cycleStart(), TaxDateRule.cycleEnd(),
                TaxDateRule.fixed(d("2024-01-01")))).extracting(Object::toString).containsExactly(
                "TaxDateRule.issueDate()", "TaxDateRule.cycleStart()", "TaxDateRule.cycleEnd()", "TaxDateRule.fixed(2024-01-01)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-0.01", "-1234.56"})
    void tax_ofZeroOrNegativeBaseIsNone(String base) {
        TaxBreakdown tax = policy(INDIA_SUPPLIER, TaxRegistration.india(PARTNER_KARNATAKA)).tax(request(base, "INR", DATE));

        assertThat(tax.components()).isEmpty();
        assertThat(ExactMoney.decimal(tax.total())).isZero();
    }

    @Test
    void tax_usesTheSupplierOfThePartnersCountry() {
        RegionTaxPolicy policy = RegionTaxPolicy.builder().supplier(SINGAPORE_SUPPLIER).supplier(Country.INDIA, INDIA_SUPPLIER)
                .register(PARTNER, TaxRegistration.india(PARTNER_KARNATAKA))
                .register(PartnerId.of("P-SG"), TaxRegistration.of(Country.of("SG"))).build();

        assertThat(describe(policy.tax(request("100.00", "USD", DATE))))
                .containsExactly("CGST 9% of 100.00 = 9.00", "SGST 9% of 100.00 = 9.00");
        assertThat(describe(policy.tax(new TaxRequest(PartnerId.of("P-SG"), BillCycle.of(2024, 5),
                TaxFixtures.money("100.00", "USD"), DATE)))).containsExactly("GST 9% of 100.00 = 9.00");
        assertThat(policy.supplierFor(Country.of("TH"))).isEqualTo(SINGAPORE_SUPPLIER);
        assertThat(policy.registration(PARTNER)).contains(TaxRegistration.india(PARTNER_KARNATAKA));
        assertThat(policy.registration(PartnerId.of("P-X"))).isEmpty();
    }

    @Test
    void tax_refusesAnUnregisteredPartner() {
        TaxRequest other = new TaxRequest(PartnerId.of("P-2"), BillCycle.of(2024, 5), TaxFixtures.money("1.00", "USD"), DATE);

        assertThatThrownBy(() -> policy(SINGAPORE_SUPPLIER, TaxRegistration.of(Country.of("SG"))).tax(other))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessage("Partner 'P-2' has no tax registration");
    }

    @Test
    void tax_refusesARegionOrDateWithoutRate() {
        assertThatThrownBy(() -> policy(SINGAPORE_SUPPLIER, TaxRegistration.of(Country.of("US"))).tax(request("1.00", "USD", DATE)))
                .isInstanceOf(NoTaxRateException.class)
                .hasMessage("The rate table has no rate for region 'US': add rows for it with RateTable.extendedWith(..)");
        assertThatThrownBy(() -> policy(SINGAPORE_SUPPLIER, TaxRegistration.of(Country.of("SG")))
                .tax(request("1.00", "USD", d("2016-12-31"))))
                .isInstanceOf(NoTaxRateException.class)
                .hasMessage("The rate table has no rate for region 'SG' in force on 2016-12-31");
        assertThatThrownBy(() -> policy(INDIA_SUPPLIER, TaxRegistration.india(PARTNER_KARNATAKA))
                .tax(request("1.00", "INR", d("2017-06-30"))))
                .isInstanceOf(NoTaxRateException.class)
                .hasMessage("The rate table has no rate for 'IN GST' in force on 2017-06-30");
        RegionTaxPolicy noIndia = RegionTaxPolicy.builder().supplier(INDIA_SUPPLIER).rates(RateTable.of(List.of()))
                .register(PARTNER, TaxRegistration.india(PARTNER_KARNATAKA)).build();
        assertThatThrownBy(() -> noIndia.tax(request("1.00", "INR", DATE)))
                .isInstanceOf(NoTaxRateException.class)
                .hasMessage("The rate table has no rate for 'IN GST': add rows for it with RateTable.extendedWith(..)");
    }

    @Test
    void builder_refusesMissingSupplierAndConflictingRegistration() {
        assertThatThrownBy(() -> RegionTaxPolicy.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("RegionTaxPolicy needs a supplier: call supplier(Supplier.of(..))");
        RegionTaxPolicy.Builder builder = RegionTaxPolicy.builder().register(PARTNER, TaxRegistration.of(Country.of("SG")))
                .register(PARTNER, TaxRegistration.of(Country.of("SG")));
        assertThatThrownBy(() -> builder.register(PARTNER, TaxRegistration.of(Country.of("TH"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Partner 'P-1' is already registered as 'SG', was 'TH'");
    }

    @Test
    void rates_canBeExtendedFromCsv() {
        RateTable mine = RateTable.fromCsv(new java.io.StringReader(
                "region,tax,from,until,rate,base_factor\nVN,VAT,2024-01-01,,10,1\nVN,Levy,2024-01-01,,0.5,1\n"));
        RegionTaxPolicy policy = RegionTaxPolicy.builder().supplier(SINGAPORE_SUPPLIER)
                .rates(RateTable.builtIn().extendedWith(mine)).register(PARTNER, TaxRegistration.of(Country.of("VN"))).build();

        // 1234.56 * 0.5 % = 6.1728 -> 6.17; * 10 % = 123.456 -> 123.46; components by tax name
        assertThat(describe(policy.tax(request("1234.56", "USD", DATE))))
                .containsExactly("Levy 0.5% of 1234.56 = 6.17", "VAT 10% of 1234.56 = 123.46");
    }
}
