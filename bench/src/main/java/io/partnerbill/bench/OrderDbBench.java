package io.partnerbill.bench;

import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.jdbc.JdbcBillingStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B5: order placement on an embedded H2 file database through {@code partnerbill-jdbc}, single
 * thread, one transaction per order ({@code OrderBook.place}: reseller, customer, discount,
 * budget row locked and deducted, line appended, committed). {@code b5_placeOrdersH2FileBatched}
 * places {@value #BATCH} such orders in one transaction of the store (each order still a nested
 * transaction of its own, as the demo does), and reports orders per second.
 *
 * <p>{@code pool}: the data source in front of H2. {@code hikari} is HikariCP, as a service runs
 * it; {@code h2} is H2's own {@code JdbcConnectionPool}, which rolls back every connection it is
 * given back, even after a commit, and a rollback empties H2's per-session cache of parsed
 * statements ({@code QUERY_CACHE_SIZE}): behind it every transaction parses all its SQL again.
 * Eight warm-up seconds were not enough: H2's code paths compile late, and the first full run's
 * three measured iterations still climbed (2,583, 6,065, 7,234 orders/s), hence six warm-ups.
 * The database URL keeps H2's defaults for durability: a commit is written to the file by H2's
 * background writer within its write delay (about half a second), not forced to disk per commit.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
public class OrderDbBench {

    /** Orders per transaction in the batched benchmark. */
    static final int BATCH = 100;

    private final Workload workload = Workload.standard();
    private final List<Workload.Product> products = workload.products();
    private final List<Workload.Region> regions = workload.regions();
    private final long cycleStart = Workload.CALENDAR.start(Workload.CYCLE).getEpochSecond();

    @Param({"hikari", "h2"})
    public String pool;

    private Path directory;
    private DataSource dataSource;
    private PartnerBilling billing;
    private long next;

    @Setup(Level.Trial)
    public void openDatabase() throws IOException {
        Path root = Paths.get(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(root);
        directory = Files.createTempDirectory(root, "partnerbill-b5-");
        String url = "jdbc:h2:file:" + directory.resolve("bench").toAbsolutePath() + ";QUERY_CACHE_SIZE=128";
        dataSource = open(pool, url);
        JdbcBillingStore store = JdbcBillingStore.create(dataSource);
        store.migrate();
        billing = OrderSetup.billing(store, products);
    }

    static DataSource open(String pool, String url) {
        switch (pool) {
            case "hikari":
                HikariConfig config = new HikariConfig();
                config.setJdbcUrl(url);
                config.setUsername("sa");
                config.setPassword("");
                config.setMaximumPoolSize(2);
                return new HikariDataSource(config);
            case "h2":
                return JdbcConnectionPool.create(url, "sa", "");
            default:
                throw new IllegalArgumentException("Unknown pool '" + pool + "': hikari or h2");
        }
    }

    @TearDown(Level.Trial)
    public void closeDatabase() throws IOException {
        close(dataSource);
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    static void close(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.close();
        } else if (dataSource instanceof JdbcConnectionPool h2) {
            h2.dispose();
        }
    }

    /** B5: one order, one transaction, on H2 file mode. */
    @Benchmark
    public BillLine b5_placeOrderH2File() {
        return OrderSetup.place(billing, next++, products, regions, cycleStart);
    }

    /** B5 batched: {@value #BATCH} orders in one transaction; the score is orders per second. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public BillLine b5_placeOrdersH2FileBatched() {
        return billing.store().inTransaction(s -> {
            BillLine last = OrderSetup.place(billing, next++, products, regions, cycleStart);
            for (int i = 1; i < BATCH; i++) {
                last = OrderSetup.place(billing, next++, products, regions, cycleStart);
            }
            return last;
        });
    }
}
