package io.partnerbill.cli;

import io.partnerbill.core.store.BillingStore;
import io.partnerbill.jdbc.JdbcBillingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The demo's embedded H2 database under a directory (created, or reused with its data, export
 * history included), and the export files beside it.
 */
final class DemoDatabase implements AutoCloseable {

    private final Path directory;
    private final JdbcConnectionPool pool;
    private final JdbcBillingStore store;

    private DemoDatabase(Path directory, JdbcConnectionPool pool, JdbcBillingStore store) {
        this.directory = directory;
        this.pool = pool;
        this.store = store;
    }

    static DemoDatabase open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // H2's defaults for durability: a commit reaches the file within H2's write delay (about half a
        // second), so a demo killed mid-run can lose its last half second; docs/jdbc.md explains WRITE_DELAY=0.
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("partnerbill") + ";QUERY_CACHE_SIZE=128";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        JdbcBillingStore store = JdbcBillingStore.create(pool);
        store.migrate();
        return new DemoDatabase(directory, pool, store);
    }

    BillingStore store() {
        return store;
    }

    Path exportDirectory() {
        return directory.resolve("exports");
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
