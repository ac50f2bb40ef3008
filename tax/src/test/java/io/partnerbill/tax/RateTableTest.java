package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RateTableTest {

    private static final String HEADER = "region,tax,from,until,rate,base_factor\n";

    @Test
    void builtIn_coversEveryRegionOfTheIssue() {
        assertThat(RateTable.builtIn().regions()).extracting(Country::code)
                .containsExactly("AE", "AR", "CL", "DE", "FR", "ID", "IE", "IN", "MX", "MY", "PE", "SA", "SG", "TH", "TR", "ZA");
    }

    @Test
    void builtIn_isReadBackFromItsOwnCsv() {
        RateTable table = RateTable.builtIn();

        assertThat(RateTable.fromCsv(new StringReader(table.toCsv()))).isEqualTo(table);
        assertThat(table.toCsv()).startsWith(HEADER).contains("\nID,PPN,2025-01-01,,12,11/12\n");
    }

    @Test
    void find_picksTheRowInForce() {
        RateTable table = RateTable.builtIn();
        Country sg = Country.of("SG");

        assertThat(table.find(sg, "GST", LocalDate.of(2023, 12, 31))).map(RateEntry::ratePercent).contains(new BigDecimal("8"));
        assertThat(table.find(sg, "GST", LocalDate.of(2024, 1, 1))).map(RateEntry::ratePercent).contains(new BigDecimal("9"));
        assertThat(table.find(sg, "VAT", LocalDate.of(2024, 1, 1))).isEmpty();
        assertThat(table.find(sg, "GST", LocalDate.of(2016, 12, 31))).isEmpty();
    }

    @Test
    void fromCsv_skipsCommentsBlankLinesAndSpaces() {
        RateTable table = RateTable.fromCsv(new StringReader(
                "\uFEFF# my rates\n\nregion, tax, from, until, rate, base_factor\n  # US has none\nVN, VAT, 2024-01-01, , 10, 1\n"));

        assertThat(table.entries()).containsExactly(RateEntry.of(Country.of("VN"), "VAT", LocalDate.of(2024, 1, 1), BigDecimal.TEN));
    }

    @Test
    void extendedWith_replacesRowsOfTheSameRegionAndTaxAndKeepsTheRest() {
        RateTable mine = RateTable.fromCsv(new StringReader(HEADER
                + "SG,GST,2017-01-01,,10,1\n"
                + "VN,VAT,2024-01-01,,10,1\n"));

        RateTable table = RateTable.builtIn().extendedWith(mine);

        assertThat(table.inForce(Country.of("SG"), LocalDate.of(2022, 1, 1))).singleElement()
                .extracting(RateEntry::ratePercent).isEqualTo(BigDecimal.TEN);
        assertThat(table.entries()).filteredOn(e -> e.region().code().equals("SG")).hasSize(1);
        assertThat(table.regions()).contains(Country.of("VN"), Country.of("TH"));
        assertThat(table.entries()).hasSize(RateTable.builtIn().entries().size() - 3 + 2);
    }

    @Test
    void of_refusesOverlappingRows() {
        RateEntry a = RateEntry.parse("SG,GST,2023-01-01,2024-01-02,8,1");
        RateEntry b = RateEntry.parse("SG,GST,2024-01-01,,9,1");

        assertThatThrownBy(() -> RateTable.of(List.of(a, b)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Rate table rows must not overlap, was 'SG,GST,2023-01-01,2024-01-02,8,1' and 'SG,GST,2024-01-01,,9,1'");
        assertThat(RateTable.of(List.of(a, RateEntry.parse("SG,Levy,2024-01-01,,1,1"))).entries()).hasSize(2);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                // line, column, value, message tail
                Arguments.of("", 1, 1, "", "header 'region,tax,from,until,rate,base_factor' is missing"),
                Arguments.of("# only a comment\n", 1, 1, "", "header 'region,tax,from,until,rate,base_factor' is missing"),
                Arguments.of("region,tax,from,rate\n", 1, 4, "rate", "header must be 'region,tax,from,until,rate,base_factor'"),
                Arguments.of(HEADER + "SG,GST,2024-01-01,,9\n", 2, 6, "",
                        "base_factor is missing: a row has 6 columns (region,tax,from,until,rate,base_factor)"),
                Arguments.of(HEADER + "SG,GST,2024-01-01,,9,1,x\n", 2, 7, "x",
                        "row has more than 6 columns (region,tax,from,until,rate,base_factor)"),
                Arguments.of(HEADER + "SG,GST,2024-01-01,,9,1\nSGP,GST,2024-01-01,,9,1\n", 3, 1, "SGP",
                        "region must be an ISO 3166-1 alpha-2 code such as 'SG'"),
                Arguments.of(HEADER + "SG,,2024-01-01,,9,1\n", 2, 2, "", "tax must be a non-blank name such as 'VAT'"),
                Arguments.of(HEADER + "SG,GST,2024-13-01,,9,1\n", 2, 3, "2024-13-01", "from must be a date such as '2024-01-01'"),
                Arguments.of(HEADER + "SG,GST,2024-01-01,1/1/2025,9,1\n", 2, 4, "1/1/2025", "until must be a date such as '2024-01-01'"),
                Arguments.of(HEADER + "SG,GST,2024-01-01,2023-01-01,9,1\n", 2, 4, "2023-01-01", "until must be after from (2024-01-01)"),
                Arguments.of(HEADER + "SG,GST,2024-01-01,,9%,1\n", 2, 5, "9%",
                        "rate must be a percent from 0 to 100 with at most 4 decimals, such as '9' or '7.5'"),
                Arguments.of(HEADER + "SG,GST,2024-01-01,,101,1\n", 2, 5, "101",
                        "rate must be a percent from 0 to 100 with at most 4 decimals, such as '9' or '7.5'"),
                Arguments.of(HEADER + "ID,VAT,2025-01-01,,12,12/11\n", 2, 6, "12/11", "base_factor must be in (0, 1], such as '1' or '11/12'"),
                Arguments.of(HEADER + "SG,GST,2023-01-01,2024-01-02,8,1\n# comment\nSG,GST,2024-01-01,,9,1\n", 4, 3, "2024-01-01",
                        "row of SG GST overlaps line 2 (SG,GST,2023-01-01,2024-01-02,8,1)"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void fromCsv_refusesMalformedCsvNamingLineColumnAndValue(String csv, int line, int column, String value, String problem) {
        assertThatThrownBy(() -> RateTable.fromCsv(new StringReader(csv)))
                .isInstanceOf(MalformedRateTableException.class)
                .hasMessage("Rate table line " + line + ", column " + column + ": " + problem + ", was '" + value + "'")
                .satisfies(e -> {
                    MalformedRateTableException m = (MalformedRateTableException) e;
                    assertThat(m.line()).isEqualTo(line);
                    assertThat(m.column()).isEqualTo(column);
                    assertThat(m.value()).isEqualTo(value);
                });
    }

    @Test
    void fromCsv_reportsAFailingReaderWithTheLine() {
        java.io.Reader failing = new java.io.Reader() {
            private int calls;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                if (calls++ > 0) {
                    throw new IOException("disk gone");
                }
                String text = HEADER + "SG,GST,2024-01-01,,9,1\n";
                text.getChars(0, text.length(), buf, off);
                return text.length();
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> RateTable.fromCsv(failing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read rate table at line 3")
                .hasRootCauseMessage("disk gone");
    }

    @Test
    void fromCsv_readsAFileOrNamesIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rates.csv");
        Files.writeString(file, HEADER + "VN,VAT,2024-01-01,,10,1\n");

        assertThat(RateTable.fromCsv(file).entries()).hasSize(1);
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> RateTable.fromCsv(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read rate table '" + missing + "'");
    }
}
