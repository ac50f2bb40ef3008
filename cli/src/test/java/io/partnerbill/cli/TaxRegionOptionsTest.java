package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code bill}'s tax options: {@code --tax-region none} is no tax, and a registration option the region ignores is refused. */
class TaxRegionOptionsTest {

    @TempDir
    Path temp;

    private List<String> bill(String... options) throws IOException {
        Path file = temp.resolve("details.csv");
        try (var in = getClass().getResourceAsStream("/operator-details-2024-01.csv")) {
            Files.copy(in, file);
        }
        List<String> args = new ArrayList<>(List.of("bill", "--details", file.toString(), "--cycle", "2024-01"));
        args.addAll(List.of(options));
        return args;
    }

    static Stream<Arguments> noTax() {
        return Stream.of(Arguments.of(List.of()), Arguments.of(List.of("--tax-region", "none")),
                Arguments.of(List.of("--tax-region", "NONE")));
    }

    @ParameterizedTest
    @MethodSource("noTax")
    void noTaxRegion_billsWithoutTax(List<String> options) throws IOException {
        CliRunner r = CliRunner.run(bill(options.toArray(String[]::new)).toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        // The file's net settlement, 276.63 - 44.00 - 5.00 = 227.63, is due as it is: no tax component.
        assertThat(r.out()).containsPattern("Settlement amount +USD 227\\.63\n").containsPattern("Amount due +USD 227\\.63\n")
                .doesNotContain("GST").doesNotContain("VAT");
    }

    static Stream<Arguments> refused() {
        String gstin = "29ABCDE1234F1ZW";
        return Stream.of(
                Arguments.of(List.of("--gstin", gstin),
                        "--gstin '" + gstin + "' needs --tax-region IN-<state code>, and no --tax-region was given"),
                Arguments.of(List.of("--tax-region", "SG", "--gstin", gstin),
                        "--gstin '" + gstin + "' needs --tax-region IN-<state code>, was given with --tax-region SG"),
                Arguments.of(List.of("--tax-region", "none", "--gstin", gstin),
                        "--gstin '" + gstin + "' needs --tax-region IN-<state code>, was given with --tax-region none"),
                Arguments.of(List.of("--tax-region", "IN-29"), "--tax-region IN-29 needs --gstin (the partner's GSTIN)"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void aRegistrationOptionWithoutItsRegionIsRefusedNamingTheOption(List<String> options, String message) throws IOException {
        CliRunner r = CliRunner.run(bill(options.toArray(String[]::new)).toArray(String[]::new));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("partnerbill: " + message + System.lineSeparator());
    }
}
