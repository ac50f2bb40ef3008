package io.partnerbill.bench;

import io.partnerbill.core.PartnerBilling;
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
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B5: order placement on an embedded H2 file database through {@code partnerbill-jdbc}, single
 * thread, one transaction per order ({@code OrderBook.place}: reseller, customer, discount,
 * budget row locked and deducted, line appended, committed).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class OrderDbBench {

    private final Workload workload = Workload.standard();
    private final List<Workload.Product> products = workload.products();
    private final List<Workload.Region> regions = workload.regions();
    private final long cycleStart = Workload.CALENDAR.start(Workload.CYCLE).getEpochSecond();
    private Path directory;
    private JdbcConnectionPool pool;
    private PartnerBilling billing;
    private long next;

    @Setup(Level.Trial)
    public void openDatabase() throws IOException {
        Path root = Paths.get(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(root);
        directory = Files.createTempDirectory(root, "partnerbill-b5-");
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + directory.resolve("bench").toAbsolutePath()
                + ";QUERY_CACHE_SIZE=128", "sa", "");
        JdbcBillingStore store = JdbcBillingStore.create(pool);
        store.migrate();
        billing = OrderSetup.billing(store, products);
    }

    @TearDown(Level.Trial)
    public void closeDatabase() throws IOException {
        pool.dispose();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** B5: one order, one transaction, on H2 file mode. */
    @Benchmark
    public BillLine b5_placeOrderH2File() {
        return OrderSetup.place(billing, next++, products, regions, cycleStart);
    }
}
