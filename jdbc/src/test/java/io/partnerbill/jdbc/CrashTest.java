package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillId;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.bill.IssuedBill;
import java.io.BufferedReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Kills a JVM that writes transactions to an H2 file database, reopens the database and checks
 * that every transaction is all or nothing.
 *
 * <p>Each transaction also places an order through the facade (budget deduction + line): after
 * reopening, every budget deduction (charge row) has its bill line and every line its deduction,
 * and each budget's {@code used} is the sum of its deductions.
 */
class CrashTest {

    @Test
    void aKilledWriterLeavesOnlyWholeTransactions() throws Exception {
        Path dir = TestDatabases.h2Directory();
        Files.createDirectories(dir);
        Path db = dir.resolve("crash-" + UUID.randomUUID());
        // WRITE_DELAY=0: H2 hands each commit to the operating system at once, so a killed
        // process loses no committed transaction and the test can check durability too.
        String url = TestDatabases.h2FileUrl(db) + ";WRITE_DELAY=0";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The child logs as quietly as this JVM: its stderr is ours.
        Process victim = new ProcessBuilder(java,
                "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file"),
                "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        AtomicInteger lastCommitted = new AtomicInteger(-1);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                if (line.startsWith("committed ")) {
                    lastCommitted.set(Integer.parseInt(line.substring("committed ".length())));
                    if (lastCommitted.get() >= 300) {
                        break;
                    }
                }
            }
            // SIGKILL, mid-transaction (Process.destroyForcibly would also close our end of its stdout)
            assertThat(victim.toHandle().destroyForcibly()).isTrue();
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // what the victim reported before it died may still sit in the pipe
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastCommitted.set(Integer.parseInt(line.substring("committed ".length())));
                }
            }
        } finally {
            victim.destroyForcibly();
        }
        assertThat(lastCommitted.get()).as("transactions the victim reported committed").isGreaterThanOrEqualTo(300);

        try (TestPool pool = new TestPool(TestDatabases.h2File(db))) {
            JdbcBillingStore store = JdbcBillingStore.create(pool);
            assertThat(store.migrate()).isZero();
            int found = checkAllOrNothing(store, lastCommitted.get() + 50);
            checkDeductionsAndLinesPair(pool);
            System.out.println("CrashTest: the victim reported " + (lastCommitted.get() + 1) + " commits; "
                    + found + " whole transactions found, no partial one");
            // Every transaction reported committed survived; at most the one in flight when killed more.
            assertThat(found).isBetween(lastCommitted.get() + 1, lastCommitted.get() + 2);
            // And the database takes writes again.
            store.inTransaction(s -> s.lines().append(TransactionTest.line("O-after", "1")));
        }
    }

    /** Every budget deduction has its bill line, every order line its deduction; used = sum of deductions. */
    private static void checkDeductionsAndLinesPair(TestPool pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM pb_budget_charge ch "
                    + "WHERE NOT EXISTS (SELECT 1 FROM pb_line l WHERE l.order_id = ch.order_id)")) {
                rows.next();
                assertThat(rows.getLong(1)).as("deductions without their line").isZero();
            }
            try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM pb_line l WHERE l.partner_id = '"
                    + CrashWriter.RESELLER + "' AND NOT EXISTS (SELECT 1 FROM pb_budget_charge ch WHERE ch.order_id = l.order_id)")) {
                rows.next();
                assertThat(rows.getLong(1)).as("order lines without their deduction").isZero();
            }
            try (ResultSet rows = s.executeQuery("SELECT a.customer_id, a.used, (SELECT COALESCE(SUM(fee), 0) "
                    + "FROM pb_budget_charge ch WHERE ch.customer_id = a.customer_id) FROM pb_budget_account a")) {
                int accounts = 0;
                while (rows.next()) {
                    accounts++;
                    assertThat(rows.getBigDecimal(2)).as("used = deductions of " + rows.getString(1))
                            .isEqualByComparingTo(rows.getBigDecimal(3));
                }
                assertThat(accounts).isEqualTo(CrashWriter.CUSTOMERS);
            }
        }
    }

    /** Checks each transaction n is whole or absent; returns how many are whole, which must be 0..count-1. */
    private static int checkAllOrNothing(JdbcBillingStore store, int upTo) {
        Set<Integer> whole = new TreeSet<>();
        List<String> broken = new ArrayList<>();
        for (int n = 0; n <= upTo; n++) {
            boolean a = store.lines().find(OrderId.of("O-" + n + "-a")).isPresent();
            boolean b = store.lines().find(OrderId.of("O-" + n + "-b")).isPresent();
            boolean payment = store.payments().find(PaymentReference.of("REF-" + n)).isPresent();
            boolean application = !store.payments().applicationsTo(BillId.of("B-" + n)).isEmpty();
            boolean orderLine = store.lines().find(OrderId.of("ORD-" + n)).isPresent();
            boolean deduction = store.budgets().findCharge(OrderId.of("ORD-" + n)).isPresent();
            List<Boolean> parts = new ArrayList<>(List.of(a, b, payment, application, orderLine, deduction));
            if (n % 10 == 0) {
                IssuedBill bill = store.bills().find(BillId.of("B-" + n)).orElse(null);
                parts.add(bill != null);
                parts.add(bill != null && bill.couponUses().size() == 1 && bill.equals(CrashWriter.bill(n)));
                parts.add(store.bills().isIssued(PartnerId.of("P-" + n), BillCycle.of(2024, 1)));
            }
            if (parts.stream().allMatch(p -> p)) {
                whole.add(n);
            } else if (parts.stream().anyMatch(p -> p)) {
                broken.add("transaction " + n + " is half-written: " + parts);
            }
        }
        assertThat(broken).isEmpty();
        // transactions commit in order: the whole ones are 0..k
        assertThat(whole).hasSize(whole.isEmpty() ? 0 : ((TreeSet<Integer>) whole).last() + 1);
        assertThat(store.lines().count(TransactionTest.PARTNER, BillCycle.of(2024, 1))).isEqualTo(2L * whole.size());
        assertThat(store.lines().count(CrashWriter.RESELLER, BillCycle.of(2024, 1))).isEqualTo(whole.size());
        for (int c = 0; c < CrashWriter.CUSTOMERS; c++) {
            CustomerId customer = CustomerId.of("C-" + c);
            BigDecimal fees = BigDecimal.ZERO;
            for (int n : whole) {
                if (n % CrashWriter.CUSTOMERS == c) {
                    fees = fees.add(CrashWriter.fee(n));
                }
            }
            assertThat(store.budgets().find(customer).orElseThrow().usedDecimal()).as("used of " + customer)
                    .isEqualByComparingTo(fees);
        }
        return whole.size();
    }
}
