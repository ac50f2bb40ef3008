package io.partnerbill.bench;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the database benchmarks (B8, B9) share: the {@code database} parameter (each runs on H2 and on
 * PostgreSQL in the same run, see {@link BenchDatabase}), the database's life, and a fork of 256 MB of
 * heap, which B9 must bill a month in and which B8's batches of 20,000 lines fit.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public abstract class DatabaseBench {

    @Param({"h2", "postgresql"})
    public String database;

    BenchDatabase db;

    /** Opens the benchmark's database; H2 with the URL settings given (see {@link BenchDatabase#open}). */
    void open(String h2Settings) {
        db = BenchDatabase.open(database, h2Settings);
    }

    @TearDown(Level.Trial)
    public void closeDatabase() {
        db.close();
    }
}
