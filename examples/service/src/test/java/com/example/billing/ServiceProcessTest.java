package com.example.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Starts the service in its own JVM, as it is deployed: once on the class path and once as a named
 * module on the module path ({@code java -p target/lib:target/classes -m ...}, the lib directory
 * holding every runtime jar Maven resolved). Each run works in a new PostgreSQL schema.
 */
class ServiceProcessTest {

    private static final List<String> FEES = List.of("200.00", "50.00", "12.50");

    @Test
    void onTheClassPath_billsTheOrdersAndExportsTheCsv() throws Exception {
        Path lib = Path.of(System.getenv("SERVICE_LIB"));
        String classPath = System.getenv("SERVICE_CLASSES") + File.pathSeparator + lib + File.separator + "*";
        Run run = start(List.of("-cp", classPath, "com.example.billing.Main"));

        assertBilled(run);
        assertThat(run.out).contains("module null");
    }

    @Test
    void asANamedModuleOnTheModulePath_billsTheOrdersAndExportsTheCsv() throws Exception {
        String modulePath = System.getenv("SERVICE_LIB") + File.pathSeparator + System.getenv("SERVICE_CLASSES");
        Run run = start(List.of("-p", modulePath, "-m", "com.example.billing/com.example.billing.Main"));

        assertBilled(run);
        assertThat(run.out).contains("module com.example.billing");
    }

    private static void assertBilled(Run run) {
        assertThat(run.exit).as("exit code; stderr:%n%s%nstdout:%n%s", run.err, run.out).isZero();
        // Worked out by hand: each fee settles at 12 % off, 9 % GST on the net, rounded to the cent.
        BigDecimal net = BigDecimal.ZERO;
        for (String fee : FEES) {
            net = net.add(new BigDecimal(fee).multiply(new BigDecimal("0.88")));
        }
        net = net.setScale(2, RoundingMode.UNNECESSARY);   // whole cents: the order fees were chosen so
        BigDecimal due = net.add(net.multiply(new BigDecimal("0.09")).setScale(2, RoundingMode.HALF_UP));
        assertThat(due).isEqualByComparingTo("251.79");   // 176.00 + 44.00 + 11.00 = 231.00, GST 20.79
        String dueLine = line(run.out, "due ");
        assertThat(dueLine).startsWith("due SGD ");
        assertThat(new BigDecimal(dueLine.substring("due SGD ".length()))).isEqualByComparingTo(due);
        assertThat(run.out).contains("invoice PB-2024-000001");
        // The issued bill and its computed bill went through a findAndRegisterModules() mapper and came back equal;
        // the amount is partnerbill's one written form (quoted, cents kept, currency named) on every Jackson version.
        assertThat(run.out).contains("json read back equal true")
                .contains("json amountDue {\"amount\":\"" + due + "\",\"currency\":\"SGD\"}");
        assertThat(line(run.out, "jackson ")).isEqualTo("jackson " + System.getProperty("service.jackson.version"));
        // The CSV: a header, then the bill's rows, among them the net of the 3 lines, the GST and the amount due.
        long rows = Long.parseLong(line(run.out, "csv rows ").substring("csv rows ".length()));
        List<String> csv = run.out.lines().dropWhile(l -> !l.startsWith("csv rows ")).skip(1).toList();
        assertThat(csv).hasSize((int) rows + 1);
        assertThat(csv.get(0)).startsWith("Partner ID,Billing Cycle,");
        BigDecimal gst = due.subtract(net);
        assertThat(csv).contains(
                "P-1,2024-03,Summary,Net Settlement,,," + net + "," + FEES.size() + ",SGD",
                "P-1,2024-03,Summary,Tax GST,9%," + net + "," + gst + ",,SGD",
                "P-1,2024-03,Summary,Amount Due,,," + due + ",,SGD",
                "P-1,2024-03,By customer,C-1,,," + net + "," + FEES.size() + ",SGD");

        // Nothing from Moneta on standard error; the service's own log (HikariCP through slf4j) is there.
        assertThat(run.err.lines().filter(l -> l.toLowerCase(Locale.ROOT).contains("moneta")
                || l.contains("MathContext")).toList()).as(run.err).isEmpty();
        assertThat(run.err).contains("HikariPool-1 - Start completed");
    }

    private static String line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + prefix + "' in:\n" + text));
    }

    private static Run start(List<String> javaArgs) throws Exception {
        String url = System.getenv("PARTNERBILL_PG_URL");
        if (url == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but PARTNERBILL_PG_URL is not set");
            }
            Assumptions.abort("PostgreSQL not configured: set PARTNERBILL_PG_URL, _USER, _PASSWORD");
        }
        String schema = "svc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url, System.getenv("PARTNERBILL_PG_USER"),
                System.getenv("PARTNERBILL_PG_PASSWORD")); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArgs);
        command.addAll(FEES);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SERVICE_DB_SCHEMA", schema);
        Path out = Files.createTempFile("service", ".out");
        Path err = Files.createTempFile("service", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the service did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
