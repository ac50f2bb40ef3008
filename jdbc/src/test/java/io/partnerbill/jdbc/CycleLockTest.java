package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.testkit.LogCapture;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cycle lock is shared by appends and exclusive for the issue: an append whose transaction
 * is still open does not hold up another append of the same partner and cycle, but it does hold
 * up the cycle's issue, which then counts both lines and logs its wait at DEBUG.
 */
class CycleLockTest {

    static Stream<Arguments> databases() {
        // Each database with the per-line append and with the bulk one (LineBook.appendBatch).
        return TestDatabases.names().stream().flatMap(name -> Stream.of(Arguments.of(name, false), Arguments.of(name, true)));
    }

    @ParameterizedTest(name = "{0}, bulk {1}")
    @MethodSource("databases")
    void anOpenAppendHoldsUpTheIssueButNotAnotherAppend(String database, boolean bulk) throws Exception {
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        // 5 February 2024, 12:00 Beijing: January's bill may be issued.
        PartnerBilling billing = PartnerBilling.builder().store(store).currency("USD")
                .clock(Clock.fixed(Instant.parse("2024-02-05T04:00:00Z"), ZoneOffset.UTC)).build();
        BillCycle january = TransactionTest.CYCLE;
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try (LogCapture log = LogCapture.start(JdbcLog.NAME)) {
            Future<?> open = threads.submit(() -> store.inTransaction(s -> {
                if (bulk) {
                    billing.lines().appendBatch(java.util.List.of(TransactionTest.line("O-1", "10")));
                } else {
                    billing.lines().append(TransactionTest.line("O-1", "10"));
                }
                appended.countDown();
                try {
                    // Held open well past the other append, and inside H2's default 1 s lock timeout.
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();

            // Another append of the same partner and cycle goes through while O-1 is uncommitted.
            threads.submit(() -> billing.lines().append(TransactionTest.line("O-2", "20"))).get(5, TimeUnit.SECONDS);

            // The issue waits for O-1's transaction ...
            Future<IssuedBill> issue = threads.submit(() -> billing.bills().issue(TransactionTest.PARTNER, january));
            Thread.sleep(300);
            assertThat(issue).as("issue while an append is open").isNotDone();
            release.countDown();
            open.get(10, TimeUnit.SECONDS);
            // ... and then counts it.
            IssuedBill bill = issue.get(10, TimeUnit.SECONDS);
            assertThat(bill.bill().lineCount()).isEqualTo(2);
            assertThat(bill.bill().expenditures().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("30");
            // The issue's wait (about 300 ms: from its lock call to the release) is logged at DEBUG; the appends,
            // which did not wait, log nothing.
            assertThat(log.entries()).singleElement().satisfies(e -> {
                assertThat(e.level()).isEqualTo(Level.DEBUG);
                Matcher m = Pattern.compile("Waited (\\d+) ms for the issue lock of partner 'P-1' on 2024-01")
                        .matcher(e.message());
                assertThat(m.matches()).as(e.message()).isTrue();
                assertThat(Long.parseLong(m.group(1))).isBetween(JdbcLog.SLOW_LOCK_MILLIS, 10_000L);
            });
        } finally {
            release.countDown();
            threads.shutdownNow();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
