package io.partnerbill.tax;

import static io.partnerbill.tax.TaxFixtures.DATE;
import static io.partnerbill.tax.TaxFixtures.INDIA_SUPPLIER;
import static io.partnerbill.tax.TaxFixtures.IRELAND_SUPPLIER;
import static io.partnerbill.tax.TaxFixtures.PARTNER_KARNATAKA;
import static io.partnerbill.tax.TaxFixtures.SINGAPORE_SUPPLIER;
import static io.partnerbill.tax.TaxFixtures.cents;
import static io.partnerbill.tax.TaxFixtures.describe;
import static io.partnerbill.tax.TaxFixtures.policy;
import static io.partnerbill.tax.TaxFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InclusiveSplitTest {

    static Stream<Arguments> splits() {
        TaxRegistration sg = TaxRegistration.of(Country.of("SG"));
        TaxRegistration ka = TaxRegistration.india(PARTNER_KARNATAKA);
        TaxRegistration id = TaxRegistration.of(Country.of("ID"));
        return Stream.of(
                // Singapore 9 %: 109.00 / 1.09 = 100.00; 9 % of 100.00 = 9.00; 100.00 + 9.00 = 109.00
                Arguments.of(SINGAPORE_SUPPLIER, sg, "109.00", DATE, "100.00", List.of("GST 9% of 100.00 = 9.00"), "0.00"),
                // Singapore 9 %: 1000.00 / 1.09 = 917.4311.. -> 917.43; 9 % = 82.5687 -> 82.57;
                // 917.43 + 82.57 = 1000.00
                Arguments.of(SINGAPORE_SUPPLIER, sg, "1000.00", DATE, "917.43", List.of("GST 9% of 917.43 = 82.57"), "0.00"),
                // Singapore 8 % (2023): 1.00 / 1.08 = 0.9259.. -> 0.93; 8 % = 0.0744 -> 0.07; 0.93 + 0.07 = 1.00
                Arguments.of(SINGAPORE_SUPPLIER, sg, "1.00", LocalDate.of(2023, 6, 5), "0.93",
                        List.of("GST 8% of 0.93 = 0.07"), "0.00"),
                // India intra-state 18 %: 1180.00 / 1.18 = 1000.00; 9 % = 90.00 twice
                Arguments.of(INDIA_SUPPLIER, ka, "1180.00", DATE, "1000.00",
                        List.of("CGST 9% of 1000.00 = 90.00", "SGST 9% of 1000.00 = 90.00"), "0.00"),
                // India intra-state: 100.00 / 1.18 = 84.7457.. -> 84.75, 9 % = 7.6275 -> 7.63 twice,
                // 84.75 + 15.26 = 100.01 (misses by 0.01); 84.74: 9 % = 7.6266 -> 7.63 twice,
                // 84.74 + 15.26 = 100.00 exactly, so the split takes 84.74
                Arguments.of(INDIA_SUPPLIER, ka, "100.00", DATE, "84.74",
                        List.of("CGST 9% of 84.74 = 7.63", "SGST 9% of 84.74 = 7.63"), "0.00"),
                // India intra-state: 10.00 / 1.18 = 8.4745.. -> 8.47, 9 % = 0.7623 -> 0.76 twice, 8.47 + 1.52
                // = 9.99; 8.48: 0.7632 -> 0.76 twice = 10.00 exactly
                Arguments.of(INDIA_SUPPLIER, ka, "10.00", DATE, "8.48",
                        List.of("CGST 9% of 8.48 = 0.76", "SGST 9% of 8.48 = 0.76"), "0.00"),
                // Indonesia 2025, 12 % on 11/12 = 11 %: 111000.00 / 1.11 = 100000.00; DPP 91666.67;
                // tax 100000 * 11/12 * 12 % = 11000.00
                Arguments.of(SINGAPORE_SUPPLIER, id, "111000.00", LocalDate.of(2025, 1, 5), "100000.00",
                        List.of("PPN 12% of 91666.67 = 11000.00"), "0.00"),
                // EU reverse charge: nothing charged, all base
                Arguments.of(IRELAND_SUPPLIER, TaxRegistration.eu(VatId.of("DE123456789")), "500.00", DATE, "500.00",
                        List.of("VAT 0% of 500.00 = 0.00 (reverse charge)"), "0.00"),
                // Singapore 9 % on 0.01: base 0.01, 9 % = 0.0009 -> 0.00; the cent cannot be split
                Arguments.of(SINGAPORE_SUPPLIER, sg, "0.01", DATE, "0.01", List.of("GST 9% of 0.01 = 0.00"), "0.00"));
    }

    @ParameterizedTest
    @MethodSource("splits")
    void splitInclusive_findsTheBaseWhoseTaxAddsBackUp(Supplier supplier, TaxRegistration partner, String inclusive,
            LocalDate date, String base, List<String> components, String residue) {
        RegionTaxPolicy policy = policy(supplier, partner);

        InclusiveSplit split = policy.splitInclusive(request(inclusive, "USD", date));

        assertThat(cents(split.base())).isEqualTo(base);
        assertThat(describe(split.tax())).containsExactlyElementsOf(components);
        assertThat(cents(split.residue())).isEqualTo(residue);
        assertThat(cents(split.inclusive())).isEqualTo(inclusive);
        assertThat(policy.tax(request(base, "USD", date))).isEqualTo(split.tax());
    }

    @Test
    void splitInclusive_ofZeroOrLessIsAllBase() {
        InclusiveSplit split = policy(SINGAPORE_SUPPLIER, TaxRegistration.of(Country.of("SG")))
                .splitInclusive(request("-5.00", "USD", DATE));

        assertThat(cents(split.base())).isEqualTo("-5.00");
        assertThat(split.tax().components()).isEmpty();
        assertThat(cents(split.residue())).isEqualTo("0.00");
        assertThat(split.toString()).startsWith("InclusiveSplit[USD -5 = USD -5 + ").endsWith(", residue USD 0]");
    }
}
