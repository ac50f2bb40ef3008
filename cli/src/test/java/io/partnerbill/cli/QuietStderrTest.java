package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command run as a user runs it, through {@code main} in a fresh JVM (JUL's console handler binds
 * to the process's stderr, so only a fork shows what a user sees): standard error holds our own one-line
 * errors and nothing else, never Moneta's "Using custom MathContext" INFO line.
 */
class QuietStderrTest {

    @TempDir
    static Path temp;

    private static Path db;
    private static Path details;

    record Run(int exitCode, String out, String err) { }

    static Run main(String... args) throws IOException, InterruptedException {
        String runtime = Files.readString(Path.of("target", "runtime-classpath.txt"), StandardCharsets.UTF_8).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", Path.of("target", "classes") + File.pathSeparator + runtime, PartnerbillCli.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("partnerbill " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @BeforeAll
    static void demoDatabase() throws Exception {
        db = temp.resolve("db");
        details = temp.resolve("details.csv");
        try (var in = QuietStderrTest.class.getResourceAsStream("/operator-details-2024-01.csv")) {
            Files.copy(in, details);
        }
        // demo creates the database that export, history and pay read; its own stderr is checked here.
        Run demo = main("demo", "--orders", "50", "--db", db.toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.err()).as("demo's stderr").isEmpty();
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                // command, exit code, the start of its one stderr line ("" for none)
                Arguments.of(List.of("bill", "--details", "@details", "--cycle", "2024-01", "--tax-region", "SG"), 0, ""),
                Arguments.of(List.of("reconcile", "--details", "@details"), 1, ""),
                Arguments.of(List.of("export", "--format", "json", "--db", "@db"), 0, ""),
                Arguments.of(List.of("history", "--db", "@db"), 0, ""),
                Arguments.of(List.of("pay", "--amount", "10.00", "--reference", "Q-1", "--db", "@db"), 0, ""),
                Arguments.of(List.of("pay", "--amount", "10.00", "--reference", "Q-1", "--db", "@db"), 0, ""),
                Arguments.of(List.of("pay", "--amount", "11.00", "--reference", "Q-1", "--db", "@db"), 2,
                        "partnerbill: Payment reference 'Q-1' was already applied to a different payment"),
                Arguments.of(List.of("bill", "--details", "@details", "--cycle", "2024-01", "--gstin", "29ABCDE1234F1ZW"), 2,
                        "partnerbill: --gstin '29ABCDE1234F1ZW' needs --tax-region"),
                Arguments.of(List.of("history", "--db", "no-such-db"), 2, "partnerbill: no demo database in no-such-db"),
                Arguments.of(List.of("--help"), 0, ""));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void stderrHoldsNothingButOurOwnErrors(List<String> args, int exitCode, String errorStart) throws Exception {
        Run r = main(args.stream().map(a -> switch (a) {
            case "@db" -> db.toString();
            case "@details" -> details.toString();
            default -> a;
        }).toArray(String[]::new));
        assertThat(r.err()).doesNotContainIgnoringCase("moneta").doesNotContain("MathContext").doesNotContain("INFO");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(exitCode);
        if (errorStart.isEmpty()) {
            assertThat(r.err()).isEmpty();
        } else {
            assertThat(r.err()).startsWith(errorStart).hasLineCount(1);
        }
    }
}
