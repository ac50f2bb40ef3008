package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.testkit.BillingFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The bill of a month of {@value #LINES} lines stored in PostgreSQL is computed in a JVM whose heap
 * ({@value #HEAP}) cannot hold the month's rows (pgjdbc buffering the whole result takes about 70 MB
 * here): it works only if the rows stream through a cursor, a fetch at a time. Checked against the
 * bill of the same lines summed in this JVM as they were generated.
 */
class PostgresBillSmallHeapTest {

    static final int LINES = 200_000;
    static final String HEAP = "-Xmx32m";
    private static final int CHUNK = 20_000;
    private static final Instant START = BillingFixtures.CALENDAR.start(BillingFixtures.CYCLE);

    @Test
    void aMonthLargerThanTheHeapIsBilledThroughTheCursor() throws Exception {
        PGSimpleDataSource pg = TestDatabases.postgresUnpooled();
        JdbcBillingStore store = TestDatabases.migrated(new TestPool(pg));
        BillAccumulator expected = BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE, BillingFixtures.USD);
        for (int from = 0; from < LINES; from += CHUNK) {
            List<BillLine> chunk = new ArrayList<>(CHUNK);
            for (int i = from; i < from + CHUNK; i++) {
                chunk.add(line(i));
            }
            store.lines().appendAll(chunk);
            expected.addAll(chunk);
        }

        BillAccumulator summed = BillAccumulator.fromByteArray(Base64.getDecoder().decode(billInSmallHeap(pg.getCurrentSchema())));

        MonthlyBillCalculator calculator = MonthlyBillCalculator.of(TaxPolicy.none(), BillingFixtures.CALENDAR,
                RoundingPolicy.BILL_TOTAL);
        assertThat(summed.lineCount()).isEqualTo(LINES);
        assertThat(calculator.calculate(summed, BillingFixtures.usd("0")))
                .isEqualTo(calculator.calculate(expected, BillingFixtures.usd("0")));
    }

    /** Line {@code i}: one in ten a refund, 40 customers, 12 products, 3 regions, amounts with 8 decimals. */
    private static BillLine line(int i) {
        BillType type = i % 10 == 3 ? BillType.REFUND : BillType.EXPENDITURE;
        BigDecimal amount = BigDecimal.valueOf(1 + (i * 7919L) % 1_000_000_000L, 8);
        return BillingFixtures.line(type, amount, DiscountRate.parse((i % 30) + ".50% off"), START.plusSeconds(i),
                i % 40, i % 12, List.of("cn-north-4", "ap-southeast-1", "la-south-2").get(i % 3), "S-" + i, false);
    }

    private static String billInSmallHeap(String schema) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
                SmallHeapBill.class.getName(), schema).redirectError(ProcessBuilder.Redirect.INHERIT);
        for (String name : List.of("PARTNERBILL_PG_URL", "PARTNERBILL_PG_USER", "PARTNERBILL_PG_PASSWORD")) {
            String value = System.getProperty(name, System.getenv(name));
            if (value != null) {
                builder.environment().put(name, value);
            }
        }
        Process child = builder.start();
        String out;
        try (InputStream in = child.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the small-heap JVM ends").isTrue();
        assertThat(child.exitValue()).as("exit code of the small-heap JVM (an OutOfMemoryError ends it with 1)").isZero();
        return out;
    }
}
