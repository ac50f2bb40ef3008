package io.partnerbill.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.jdbc.JdbcBillingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.hsqldb.jdbc.JDBCDataSource;

/**
 * The demo's embedded HSQLDB database under a directory (created, or reused with its data, export
 * history included), and the export files beside it.
 *
 * <p>The database must survive {@code kill -9} at any point: an H2 2.5 file store killed while
 * the demo's order batches ran came back with index entries whose rows were gone, and the rerun
 * spun forever on a row lock of the dead process. HSQLDB appends each commit to its redo log and
 * syncs it before the commit returns ({@code hsqldb.write_delay=false}); on the next open it
 * replays the log over the last checkpoint and drops what no commit covered.
 */
final class DemoDatabase implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("io.partnerbill.cli");
    /** The marker of a database being created; see {@link #startCreation}. */
    private static final String CREATING = ".creating";
    /** The files of an HSQLDB database; any of them means the directory holds one (or its remains). */
    private static final List<String> DATABASE_FILES = List.of(".script", ".properties", ".data", ".log", ".backup",
            ".script.new", ".properties.new");

    private final Path directory;
    private final FileChannel lock;
    private final HikariDataSource dataSource;
    private final JdbcBillingStore store;

    private DemoDatabase(Path directory, FileChannel lock, HikariDataSource dataSource, JdbcBillingStore store) {
        this.directory = directory;
        this.lock = lock;
        this.dataSource = dataSource;
        this.store = store;
    }

    static DemoDatabase open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileChannel lock = lock(directory);
        try {
            removeUnfinishedCreation(directory);
            clearUnfinishedCreation(directory);
            boolean creating = startCreation(directory);
            JDBCDataSource hsqldb = new JDBCDataSource();
            hsqldb.setURL(url(directory));
            hsqldb.setUser("SA");
            hsqldb.setPassword("");
            HikariDataSource dataSource = pool(hsqldb);
            try {
                JdbcBillingStore store = JdbcBillingStore.create(dataSource);
                store.migrate();
                if (creating) {
                    finishCreation(directory, dataSource);
                }
                return new DemoDatabase(directory, lock, dataSource, store);
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
        } catch (RuntimeException e) {
            closeQuietly(lock, e);
            throw e;
        }
    }

    /** A small HikariCP pool over the embedded database, as a service runs partnerbill-jdbc. */
    private static HikariDataSource pool(JDBCDataSource hsqldb) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(hsqldb);
        config.setPoolName("partnerbill-demo");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    /**
     * Marks a database about to be created, when the directory holds none: until the marker is gone,
     * the database holds nothing but its schema, and a kill leaves files that need not be recovered.
     * HSQLDB cannot always recover them: a kill while the migration writes the first cached table can
     * leave a {@code .data} that every later open fails to migrate ("General error").
     */
    private static boolean startCreation(Path directory) {
        try {
            for (String suffix : DATABASE_FILES) {
                if (Files.exists(file(directory, suffix))) {
                    return false;
                }
            }
            Files.createFile(file(directory, CREATING));
            return true;
        } catch (IOException e) {
            throw new CliException("cannot create the database in " + directory + ": " + e.getMessage());
        }
    }

    /** Checkpoints the created, migrated database (the .data file whole, no redo log to replay), then unmarks it. */
    private static void finishCreation(Path directory, HikariDataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
            Files.delete(file(directory, CREATING));
        } catch (SQLException | IOException e) {
            throw new CliException("cannot create the database in " + directory + ": " + e.getMessage());
        }
    }

    /**
     * Removes every file of a database whose creation a killed process did not finish (the marker of
     * {@link #startCreation} is still there), the marker last, so that this open creates it afresh.
     * Nothing but the schema was in it: orders and exports start only once the creation is finished.
     */
    private static void removeUnfinishedCreation(Path directory) {
        Path marker = file(directory, CREATING);
        if (!Files.exists(marker)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.startsWith("partnerbill.") && !f.equals(marker) && !name.equals("partnerbill.lock")) {
                    deleteRecursively(f);
                }
            }
            Files.delete(marker);
        } catch (IOException e) {
            throw new CliException("cannot open the database in " + directory + ": " + e.getMessage());
        }
        LOG.log(System.Logger.Level.DEBUG, "Removed what a killed run left of creating the demo database in {0}", directory);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : (Iterable<Path>) children::iterator) {
                    deleteRecursively(child);
                }
            }
        }
        Files.delete(path);
    }

    /**
     * Removes what a process killed while HSQLDB created the database left behind, so that the open
     * creates it afresh. HSQLDB 2.7.4 writes a new database's first checkpoint to
     * {@code partnerbill.script.new} before any {@code .script} or {@code .properties} exists, and
     * renames it only after writing the {@code .properties}. Killed in between, the next open takes the
     * lone {@code .script.new} for an existing database without properties, reads the missing
     * {@code .script} and fails with {@code FileNotFoundException} on every open.
     *
     * <p>Nothing was committed in that state: commits go to the {@code .log} only once {@code .script}
     * exists, and a checkpoint of a created database always leaves a {@code .script} or a
     * {@code .properties} in place (HSQLDB rewrites the properties before and after it replaces the
     * script). So the leftovers are removed only when there is no {@code .script}, no
     * {@code .properties}, no {@code .data} and no non-empty {@code .log}; any other state is HSQLDB's
     * to recover. Runs under {@link #lock}: no other process is creating the database.
     */
    private static void clearUnfinishedCreation(Path directory) {
        try {
            if (Files.exists(file(directory, ".script")) || Files.exists(file(directory, ".properties"))
                    || Files.exists(file(directory, ".data"))) {
                return;
            }
            Path log = file(directory, ".log");
            if (Files.exists(log) && Files.size(log) > 0) {
                return;
            }
            boolean removed = Files.deleteIfExists(file(directory, ".script.new"));
            removed |= Files.deleteIfExists(file(directory, ".properties.new"));
            removed |= Files.deleteIfExists(log);
            if (removed) {
                LOG.log(System.Logger.Level.DEBUG, "Removed what a killed run left of creating the demo database in {0}",
                        directory);
            }
        } catch (IOException e) {
            throw new CliException("cannot open the database in " + directory + ": " + e.getMessage());
        }
    }

    private static Path file(Path directory, String suffix) {
        return directory.resolve("partnerbill" + suffix);
    }

    /**
     * Keeps other processes out with an operating-system file lock, which dies with its process.
     * HSQLDB's own lock file does not: it refuses to open for about ten seconds after a kill -9,
     * until the dead process's heartbeat in it is old enough.
     */
    private static FileChannel lock(Path directory) {
        FileChannel channel;
        try {
            channel = FileChannel.open(directory.resolve("partnerbill.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new CliException("cannot open the database in " + directory + ": " + e.getMessage());
        }
        try {
            if (channel.tryLock() == null) {
                throw new CliException("the database in " + directory + " is in use by another partnerbill process");
            }
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel, e);
            throw new CliException("the database in " + directory + " is in use by another partnerbill process");
        } catch (CliException e) {
            closeQuietly(channel, e);
            throw e;
        }
        return channel;
    }

    private static void closeQuietly(FileChannel channel, Exception reason) {
        try {
            channel.close();
        } catch (IOException e) {
            reason.addSuppressed(e);
        }
    }

    /**
     * The database's URL. {@code write_delay=false}: every commit is synced before it returns.
     * {@code tx=mvlocks}: readers see committed rows without locks, and {@code SELECT ... FOR UPDATE}
     * locks the table for writing until the transaction ends (HSQLDB's MVCC mode would take no lock
     * at all). Cached tables keep rows on disk, not all in the heap. {@code syntax_pgs} accepts the
     * schema's {@code TEXT} columns. {@code lock_file=false}: {@link #lock} keeps other processes out.
     */
    static String url(Path directory) {
        return "jdbc:hsqldb:file:" + directory.toAbsolutePath().resolve("partnerbill")
                + ";hsqldb.tx=mvlocks;hsqldb.write_delay=false;hsqldb.default_table_type=cached"
                + ";hsqldb.lock_file=false;sql.syntax_pgs=true";
    }

    BillingStore store() {
        return store;
    }

    Path exportDirectory() {
        return directory.resolve("exports");
    }

    /** Checkpoints and closes the database (an embedded HSQLDB database stays open until SHUTDOWN). */
    @Override
    public void close() {
        // The pool closes last: its connections are dead once HSQLDB has shut down.
        try (lock; dataSource; Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException | IOException e) {
            throw new CliException("could not close the database in " + directory + ": " + e.getMessage());
        }
    }
}
