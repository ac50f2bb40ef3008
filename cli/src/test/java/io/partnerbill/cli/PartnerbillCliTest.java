package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's help and every bad-input path: exit code and the one line it prints. */
class PartnerbillCliTest {

    @TempDir
    Path temp;

    private Path resource(String name) throws IOException {
        Path file = temp.resolve(name);
        try (var in = getClass().getResourceAsStream("/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "bill", "reconcile", "export", "history", "pay"})
    void everyCommandHasHelpWithAnExample(String command) {
        CliRunner r = CliRunner.run(command, "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: partnerbill " + command).contains("Example:")
                .contains("  partnerbill " + command);
    }

    @Test
    void noCommandPrintsTheUsage() {
        CliRunner r = CliRunner.run();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Commands:").contains("demo").contains("reconcile");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(List.of("bill", "--details", "missing.csv", "--cycle", "2024-01"),
                        "partnerbill: no such file: missing.csv"),
                Arguments.of(List.of("reconcile", "--details", "missing.csv"), "partnerbill: no such file: missing.csv"),
                Arguments.of(List.of("bill", "--details", "@ok", "--cycle", "2024-13"),
                        "partnerbill: bad --cycle: Bill cycle must be a real month, was '2024-13'"),
                Arguments.of(List.of("bill", "--details", "@ok", "--cycle", "2024-01", "--tax-region", "XX-9"),
                        "partnerbill: bad --tax-region or --gstin: "),
                Arguments.of(List.of("bill", "--details", "@ok", "--cycle", "2024-01", "--tax-region", "IN-29"),
                        "partnerbill: --tax-region IN-29 needs --gstin (the partner's GSTIN)"),
                Arguments.of(List.of("bill", "--details", "@ok", "--cycle", "2024-01", "--export", "pdf"),
                        "partnerbill: unknown --export format 'pdf'"),
                Arguments.of(List.of("bill", "--details", "@malformed", "--cycle", "2024-01"),
                        "partnerbill: "),
                Arguments.of(List.of("demo", "--month", "May", "--db", "@db"),
                        "partnerbill: bad --month: Bill cycle must look like 'YYYY-MM', was 'May'"),
                Arguments.of(List.of("demo", "--orders", "0", "--db", "@db"), "partnerbill: --orders must be at least 1, was 0"),
                Arguments.of(List.of("pay", "--amount", "ten", "--reference", "R1", "--db", "@db"),
                        "partnerbill: bad --amount 'ten': not a number"),
                Arguments.of(List.of("pay", "--amount", "-5", "--reference", "R1", "--db", "@db"),
                        "partnerbill: bad payment: Payment 'R1' must be positive, was 'INR -5.00'"),
                Arguments.of(List.of("export", "--format", "pdf", "--db", "@db"), "partnerbill: unknown --format 'pdf'"),
                Arguments.of(List.of("bill", "--cycle", "2024-01"), "partnerbill: Missing required option: '--details=FILE.csv'"),
                Arguments.of(List.of("frobnicate"), "partnerbill: Unmatched argument at index 0: 'frobnicate'"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputPrintsOneLineAndExits2(List<String> args, String expectedStart) throws IOException {
        Path ok = resource("operator-details-2024-01.csv");
        Path malformed = temp.resolve("malformed.csv");
        List<String> lines = Files.readAllLines(ok, StandardCharsets.UTF_8);
        lines.set(2, lines.get(2).replace("33.33333333", "thirty-three"));
        Files.write(malformed, lines, StandardCharsets.UTF_8);
        String[] resolved = args.stream().map(a -> switch (a) {
            case "@ok" -> ok.toString();
            case "@malformed" -> malformed.toString();
            case "@db" -> temp.resolve("db").toString();
            default -> a;
        }).toArray(String[]::new);
        CliRunner r = CliRunner.run(resolved);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith(expectedStart).doesNotContain("\tat ");
        assertThat(r.err().lines().count()).as(r.err()).isLessThanOrEqualTo(2);
    }

    @Test
    void malformedCsvNamesTheLineColumnAndValue() throws IOException {
        Path ok = resource("operator-details-2024-01.csv");
        Path malformed = temp.resolve("malformed.csv");
        List<String> lines = Files.readAllLines(ok, StandardCharsets.UTF_8);
        lines.set(2, lines.get(2).replace("33.33333333", "thirty-three"));
        Files.write(malformed, lines, StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("reconcile", "--details", malformed.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 3").contains("Customer Expenditure").contains("thirty-three");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRunner r = CliRunner.run("bill", "--details", "missing.csv", "--cycle", "2024-01", "--verbose");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("partnerbill: no such file: missing.csv").contains("\tat ");
    }

    @Test
    void reconcileExits1WhenTheOperatorFileHasDifferences() throws IOException {
        // The test file has two planted errors (a settlement amount and a discount that disagree).
        CliRunner r = CliRunner.run("reconcile", "--details", resource("operator-details-2024-01.csv").toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("2 difference(s)");
    }

    @Test
    void billPrintsTheBillOfTheFileAndExportsIt() throws IOException {
        Path file = resource("operator-details-2024-01.csv");
        CliRunner r = CliRunner.run("bill", "--details", file.toString(), "--cycle", "2024-01", "--tax-region", "SG",
                "--export", "json", "--out", temp.resolve("out").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Bill of partner P1 for 2024-01").contains("GST 9%").contains("Amount due")
                .contains("COMPLETED");
        try (Stream<Path> files = Files.walk(temp.resolve("out"))) {
            Path json = files.filter(f -> f.getFileName().toString().endsWith("_bill.json")).findFirst().orElseThrow();
            assertThat(r.out()).contains(json.toAbsolutePath().normalize().toString());
            assertThat(Files.readString(json)).contains("\"partner\"").contains("P1");
        }
    }
}
