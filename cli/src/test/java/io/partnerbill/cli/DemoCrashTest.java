package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a forked {@code partnerbill demo} at random points ({@code destroyForcibly}: SIGKILL on
 * Linux, no shutdown hook runs) and reruns the same command on the same database. Each rerun must
 * finish within a timeout (a wedged database fails the test instead of hanging the build) and leave
 * a consistent bill: the exported bill equals the exported details summed again with plain
 * {@code BigDecimal}, every budget deduction has its line and every expenditure line its deduction,
 * each budget's used amount is its deductions less their refunds, and the bill is, to the byte, the
 * bill of an uninterrupted run of the same command (nothing lost, nothing counted twice).
 *
 * <p>CI: 10 kill points over a demo of 600 orders (38 s on 2 idle cores). A longer run:
 * {@code -Dpartnerbill.crash.kills=40 -Dpartnerbill.crash.orders=3000}; a failure prints its seed,
 * {@code -Dpartnerbill.crash.seed=...} repeats it. On H2 2.5's file store (the demo's database
 * before HSQLDB) this test failed at the first kill inside an export (seeds 42 and 7): H2 had lost
 * the task's last commits, so its {@code .part} file stayed with no task to recover; by hand, with
 * 20,000 orders, reruns after a kill spun forever (with H2's WRITE_DELAY=0 too, 2 of 4).
 */
class DemoCrashTest {

    private static final int KILLS = Integer.getInteger("partnerbill.crash.kills", 10);
    private static final int ORDERS = Integer.getInteger("partnerbill.crash.orders", 600);
    private static final long RUN_TIMEOUT_SECONDS = 90;
    private static final String MONTH = "2024-03";
    private static final String FINISHED = "had finished: ";

    @TempDir
    Path temp;

    @Test
    void aDemoKilledAtRandomPointsFinishesOnRerunWithTheSameConsistentBill() throws Exception {
        long seed = Long.getLong("partnerbill.crash.seed", System.nanoTime());
        System.out.println("DemoCrashTest: seed " + seed + ", " + KILLS + " kills, " + ORDERS + " orders");
        Random random = new Random(seed);

        Path referenceDb = temp.resolve("reference");
        long started = System.nanoTime();
        String referenceOut = demo(referenceDb, "reference run");
        long referenceMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long runMillis = referenceMillis;
        String referenceBill = checkConsistent(referenceDb, referenceOut);

        List<String> survived = new ArrayList<>();
        int attempts = 0;
        while (survived.size() < KILLS) {
            assertThat(++attempts).as("attempts to land %d kills inside a run", KILLS).isLessThanOrEqualTo(3 * KILLS);
            Path db = temp.resolve("killed-" + attempts);
            // Anywhere in a run's length: start-up, migration, set-up, orders, issue, exports.
            long killAfter = 200 + (long) (random.nextDouble() * (runMillis - 200));
            String lastLine = killAt(db, killAfter);
            if (lastLine.startsWith(FINISHED)) {
                // The machine was faster than the reference run: a kill point that missed, draw again.
                runMillis = killAfter;
                continue;
            }
            String out = demo(db, "rerun after a kill at " + killAfter + " ms (seed " + seed + ")");
            String bill = checkConsistent(db, out);
            assertThat(bill).as("the bill after a kill at %d ms, seed %d, equals the uninterrupted run's", killAfter, seed)
                    .isEqualTo(referenceBill);
            survived.add(killAfter + " ms (" + lastLine + ")");
        }
        System.out.println("DemoCrashTest: uninterrupted run " + referenceMillis + " ms; " + survived.size() + " of " + KILLS
                + " kills survived (" + attempts + " drawn): " + survived);
    }

    private static List<String> command(Path db) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), PartnerbillCli.class.getName(),
                "demo", "--orders", String.valueOf(ORDERS), "--month", MONTH, "--seed", "11", "--db", db.toString());
    }

    /** Runs the demo to its end; fails the test if it does not end within the timeout or exits non-zero. */
    private String demo(Path db, String what) throws IOException, InterruptedException {
        Path log = temp.resolve(db.getFileName() + "-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command(db)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail(what + ": still running after " + RUN_TIMEOUT_SECONDS + " s (wedged?); its output:%n%s",
                        Files.readString(log, StandardCharsets.UTF_8));
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s, exit code; output:%n%s", what, out).isZero();
        return out;
    }

    /** Starts the demo and kills it after a delay; returns the last line it printed. */
    private String killAt(Path db, long millis) throws IOException, InterruptedException {
        Path log = temp.resolve(db.getFileName() + "-killed.log");
        Process process = new ProcessBuilder(command(db)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(millis, TimeUnit.MILLISECONDS);
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed demo ends").isTrue();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String last = lines.isEmpty() ? "nothing printed" : lines.get(lines.size() - 1).strip();
        return ended ? FINISHED + last : last;
    }

    private static Path exported(String out, String kind) {
        Matcher m = Pattern.compile("\\n  " + kind + " +csv +COMPLETED (\\S+)").matcher(out);
        assertThat(m.find()).as("a completed %s csv export in%n%s", kind, out).isTrue();
        return Path.of(m.group(1));
    }

    /**
     * Checks the exported bill against the exported details and the database's deductions against
     * its lines; returns the exported bill's text.
     */
    private static String checkConsistent(Path db, String out) throws IOException, SQLException {
        String billText = Files.readString(exported(out, "BILL"), StandardCharsets.UTF_8);
        Map<String, String[]> bill = new HashMap<>();
        billText.lines().skip(1).map(l -> l.split(",", -1)).forEach(row -> bill.put(row[2] + "/" + row[3], row));

        // Details: Customer ID (0), Bill Type (7), Customer Expenditure (23), Settlement Amount (26).
        BigDecimal net = BigDecimal.ZERO;
        Map<String, BigDecimal> byType = new HashMap<>();
        Map<String, BigDecimal> byCustomer = new HashMap<>();
        Map<String, Integer> linesOfCustomer = new HashMap<>();
        int lines = 0;
        List<String> details = Files.readAllLines(exported(out, "BILL_DETAILS"), StandardCharsets.UTF_8);
        for (String row : details.subList(1, details.size())) {
            String[] cells = row.split(",", -1);
            assertThat(cells).as("a details row without quoted commas: %s", row).hasSize(27);
            BigDecimal settlement = new BigDecimal(cells[26]);
            net = net.add(settlement);
            byType.merge(cells[7], settlement, BigDecimal::add);
            byCustomer.merge(cells[0], settlement, BigDecimal::add);
            linesOfCustomer.merge(cells[0], 1, Integer::sum);
            lines++;
        }
        BigDecimal rounded = net.setScale(2, RoundingMode.HALF_UP);
        assertThat(amount(bill, "Summary/Net Settlement", 6)).isEqualByComparingTo(rounded);
        assertThat(bill.get("Summary/Net Settlement")[7]).isEqualTo(String.valueOf(lines));
        assertThat(amount(bill, "Summary/Rounding Residue", 6)).isEqualByComparingTo(rounded.subtract(net));
        assertThat(amount(bill, "Summary/Expenditures", 6)).isEqualByComparingTo(rounded(byType.get("Expenditure")));
        assertThat(amount(bill, "Summary/Refunds", 6)).isEqualByComparingTo(rounded(byType.get("Refund")));
        assertThat(amount(bill, "Summary/Adjustments", 6)).isEqualByComparingTo(rounded(byType.get("Adjustment")));
        assertThat(byType).containsOnlyKeys("Expenditure", "Refund", "Adjustment");
        byCustomer.forEach((customer, sum) -> {
            assertThat(amount(bill, "By customer/" + customer, 6)).as(customer).isEqualByComparingTo(rounded(sum));
            assertThat(bill.get("By customer/" + customer)[7]).isEqualTo(String.valueOf(linesOfCustomer.get(customer)));
        });
        checkDeductions(db, lines);
        try (Stream<Path> files = Files.walk(db.resolve("exports"))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".part")).toList())
                    .as("temporary export files left behind").isEmpty();
        }
        return billText;
    }

    private static BigDecimal rounded(BigDecimal sum) {
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal amount(Map<String, String[]> bill, String key, int column) {
        String[] row = bill.get(key);
        assertThat(row).as("bill row %s", key).isNotNull();
        return new BigDecimal(row[column]);
    }

    /** In the database: deductions and lines pair up, and each budget's used amount is what its deductions left. */
    private static void checkDeductions(Path db, int exportedLines) throws SQLException {
        try (Connection c = DriverManager.getConnection(DemoDatabase.url(db), "SA", "");
                Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM pb_line")).as("lines in the database").isEqualTo(exportedLines);
            assertThat(count(s, "SELECT COUNT(*) FROM pb_budget_charge ch WHERE NOT EXISTS "
                    + "(SELECT 1 FROM pb_line l WHERE l.order_id = ch.order_id)")).as("deductions without their line").isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM pb_line l WHERE l.bill_type = 'EXPENDITURE' AND NOT EXISTS "
                    + "(SELECT 1 FROM pb_budget_charge ch WHERE ch.order_id = l.order_id)")).as("expenditures without their deduction")
                    .isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM pb_budget_charge ch WHERE ch.refunded_fee <> COALESCE((SELECT "
                    + "-SUM(l.customer_expenditure) FROM pb_line l WHERE l.original_order_id = ch.order_id "
                    + "AND l.bill_type = 'REFUND'), 0)")).as("deductions whose refunds are not their refund lines").isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM pb_budget_account a WHERE a.used <> COALESCE((SELECT "
                    + "SUM(ch.fee - ch.refunded_fee) FROM pb_budget_charge ch WHERE ch.customer_id = a.customer_id), 0)"))
                    .as("budgets whose used amount is not their deductions less refunds").isZero();
            // An export killed half-way is FAILED "interrupted" after the rerun, never left RUNNING.
            assertThat(count(s, "SELECT COUNT(*) FROM pb_export_task WHERE status IN ('PENDING', 'RUNNING')"))
                    .as("export tasks left unfinished").isZero();
            s.execute("SHUTDOWN");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
