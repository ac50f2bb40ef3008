package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills (SIGKILL) a JVM in the middle of bulk appends ({@link BulkCrashWriter}) {@value #KILLS}
 * times on one database, restarting it after each kill, and checks after each restart that every
 * batch is stored whole ({@value BulkCrashWriter#BATCH} lines) or not at all, and that every
 * batch the victim reported committed is there. The kill lands a random 0 to 40 ms after a
 * reported commit (seed printed), inside the next batch's COPY or insert.
 */
class BulkCrashTest {

    static final int KILLS = Integer.getInteger("partnerbill.bulkcrash.kills", 3);

    @ParameterizedTest
    @ValueSource(strings = {"h2-file", "postgresql"})
    void aKilledBulkAppendLeavesEachBatchWholeOrAbsent(String database) throws Exception {
        String url;
        DataSource check;
        if (database.equals("postgresql")) {
            TestDatabases.postgres(); // skips without a server (fails under CI)
            String schema = "k_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toLowerCase(Locale.ROOT);
            url = System.getenv("PARTNERBILL_PG_URL");
            url = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            try (Connection c = TestDatabases.postgres().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(System.getenv("PARTNERBILL_PG_USER"));
            pg.setPassword(System.getenv("PARTNERBILL_PG_PASSWORD"));
            check = pg;
        } else {
            Path dir = TestDatabases.h2Directory();
            Files.createDirectories(dir);
            Path db = dir.resolve("bulkcrash-" + UUID.randomUUID());
            // WRITE_DELAY=0: a reported commit is on disk, so the test can check durability too.
            url = TestDatabases.h2FileUrl(db) + ";WRITE_DELAY=0";
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(url);
            check = h2;
        }
        long seed = Long.getLong("partnerbill.bulkcrash.seed", System.nanoTime());
        System.out.println("BulkCrashTest " + database + ": seed " + seed);
        Random random = new Random(seed);
        int reported = -1;
        for (int kill = 0; kill < KILLS; kill++) {
            reported = Math.max(reported, runAndKill(url, reported + 2, random.nextInt(41)));
            TreeMap<Integer, Integer> batches = batches(check);
            assertThat(batches.values()).as("lines per stored batch after kill " + kill)
                    .allMatch(count -> count == BulkCrashWriter.BATCH);
            assertThat(batches.keySet()).as("batches stored after kill " + kill).hasSize(batches.lastKey() + 1);
            assertThat(batches.lastKey()).as("every reported commit survived").isBetween(reported, reported + 1);
            System.out.println("BulkCrashTest " + database + ": kill " + kill + " after " + (reported + 1)
                    + " reported batches; " + batches.size() + " whole batches stored, no partial one");
        }
        JdbcBillingStore store = JdbcBillingStore.create(check);
        assertThat(store.lines().appendAll(BulkCrashWriter.batch(0)).alreadyPresent()).isEqualTo(BulkCrashWriter.BATCH);
        assertThat(store.lines().count(TransactionTest.PARTNER, BillCycle.of(2024, 1)) % BulkCrashWriter.BATCH).isZero();
    }

    /** Runs the victim until it reports batch {@code until}, waits {@code delayMillis}, kills it; returns the last reported batch. */
    private static int runAndKill(String url, int until, int delayMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process victim = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BulkCrashWriter.class.getName(), url).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int last = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                if (line.startsWith("committed ")) {
                    last = Integer.parseInt(line.substring("committed ".length()));
                    if (last >= until) {
                        break;
                    }
                }
            }
            Thread.sleep(delayMillis);
            assertThat(victim.toHandle().destroyForcibly()).isTrue(); // SIGKILL
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
            while ((line = out.readLine()) != null) { // reports still in the pipe
                if (line.startsWith("committed ")) {
                    last = Integer.parseInt(line.substring("committed ".length()));
                }
            }
        } finally {
            victim.destroyForcibly();
        }
        assertThat(last).as("batches the victim reported").isGreaterThanOrEqualTo(until);
        return last;
    }

    /** Lines per batch (customer C-n), by batch number. */
    private static TreeMap<Integer, Integer> batches(DataSource ds) throws SQLException {
        TreeMap<Integer, Integer> batches = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT customer_id, COUNT(*) FROM pb_line GROUP BY customer_id")) {
            while (rows.next()) {
                batches.put(Integer.parseInt(rows.getString(1).substring(2)), rows.getInt(2));
            }
        }
        assertThat(batches).isNotEmpty();
        return batches;
    }

}
