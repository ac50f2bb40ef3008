package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The bill and the estimate that {@code PartnerBilling.bills()} computes on a JDBC store (summed on the
 * database's cursor) equal those computed on the in-memory store from the same lines, on H2, HSQLDB and
 * PostgreSQL (behind HikariCP, with {@code prepareThreshold=0} as behind PgBouncer).
 */
class JdbcBillFromDatabaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-05T04:00:00Z"), ZoneOffset.UTC);

    /** One database per property, emptied before each try: a schema per try would make PostgreSQL's tries slow. */
    private @Nullable DataSource dataSource;
    private @Nullable JdbcBillingStore store;

    @Provide
    Arbitrary<List<BillLine>> months() {
        return BillingArbitraries.months().partner(BillingFixtures.PARTNER).cycle(BillingFixtures.CYCLE)
                .calendar(BillingFixtures.CALENDAR).mix(200, 0.15, 0.05).arbitrary();
    }

    @Property(tries = 25)
    void h2_billAndEstimateEqualTheInMemoryOnes(@ForAll("months") List<BillLine> lines,
            @ForAll @IntRange(min = 1, max = 31) int asOfDay) throws Exception {
        checkOn(TestDatabases::h2Memory, lines, asOfDay);
    }

    @Property(tries = 25)
    void hsqldb_billAndEstimateEqualTheInMemoryOnes(@ForAll("months") List<BillLine> lines,
            @ForAll @IntRange(min = 1, max = 31) int asOfDay) throws Exception {
        checkOn(TestDatabases::hsqldbFile, lines, asOfDay);
    }

    @Property(tries = 25)
    void postgresBehindHikari_billAndEstimateEqualTheInMemoryOnes(@ForAll("months") List<BillLine> lines,
            @ForAll @IntRange(min = 1, max = 31) int asOfDay) throws Exception {
        checkOn(JdbcBillFromDatabaseTest::postgresBehindHikari, lines, asOfDay);
    }

    /** HikariCP over pgjdbc itself (not over the tests' pool), preparing nothing on the server. */
    private static DataSource postgresBehindHikari() {
        PGSimpleDataSource pg = TestDatabases.postgresUnpooled();
        pg.setPrepareThreshold(0);
        HikariConfig config = new HikariConfig();
        config.setDataSource(pg);
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    @AfterProperty
    void closePool() {
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.close();
        }
    }

    private void checkOn(Supplier<DataSource> database, List<BillLine> lines, int asOfDay) throws Exception {
        if (store == null) {
            dataSource = database.get();
            store = TestDatabases.migrated(dataSource);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM pb_line");
        }
        store.lines().appendAll(lines);
        BillingStore memory = BillingStore.inMemory();
        memory.lines().appendAll(lines);
        PartnerBilling onDatabase = billing(store);
        PartnerBilling inMemory = billing(memory);
        LocalDate asOf = BillingFixtures.CYCLE.month().atDay(Math.min(asOfDay, BillingFixtures.CYCLE.month().lengthOfMonth()));

        assertThat(onDatabase.bills().calculate(BillingFixtures.PARTNER, BillingFixtures.CYCLE))
                .isEqualTo(inMemory.bills().calculate(BillingFixtures.PARTNER, BillingFixtures.CYCLE))
                .satisfies(bill -> assertThat(bill.lineCount()).isEqualTo(lines.size()));
        // The estimate's reference sums, by hand, the lines before the next day's start in the billing zone.
        Instant nextDay = asOf.plusDays(1).atStartOfDay(BillingFixtures.CALENDAR.zone()).toInstant();
        BillAccumulator before = BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE, BillingFixtures.USD)
                .addAll(lines.stream().filter(line -> line.transactionTime().isBefore(nextDay)).toList());
        assertThat(onDatabase.bills().estimate(BillingFixtures.PARTNER, asOf))
                .isEqualTo(inMemory.bills().estimate(BillingFixtures.PARTNER, asOf))
                .isEqualTo(inMemory.bills().calculator().estimate(before, asOf));
    }

    private static PartnerBilling billing(BillingStore store) {
        return PartnerBilling.builder().store(store).currency("USD").calendar(BillingFixtures.CALENDAR).clock(CLOCK)
                .build();
    }
}
