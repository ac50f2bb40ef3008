package io.partnerbill.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The result of {@link BillDetailsFiles#read}: the lines of the files that passed, and one
 * reject per file that did not. Both are views of {@link #all()}; each action reads the files
 * again unless {@code all()} is cached ({@code all().cache()} before the first action).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillDetailsDataset {

    private final Dataset<Row> all;

    BillDetailsDataset(Dataset<Row> all) {
        this.all = all;
    }

    /**
     * Returns every row read: the lines, and the rejects (whose {@code rejectReason} is set).
     *
     * @return the rows, not null
     */
    public Dataset<Row> all() {
        return all;
    }

    /**
     * Returns the lines of the files that passed: {@code source}, {@code line} (its line number),
     * {@code orderId}, the eleven {@link BillColumns} (so {@link BillAggregator} reads them as they
     * are), and {@code recomputedSettlement}, the settlement its discount makes of its list amount.
     *
     * @return the lines, not null
     */
    public Dataset<Row> lines() {
        Column[] columns = new Column[BillDetailsFiles.REJECT];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = functions.col(BillDetailsFiles.SCHEMA.fields()[i].name());
        }
        return all.where(functions.col("rejectReason").isNull()).select(columns);
    }

    /**
     * Returns one row per rejected file: {@code source}, {@code line}, {@code column}, {@code value}
     * and {@code reason} (the importer's whole message, which names the file, line and column).
     *
     * @return the rejects, not null
     */
    public Dataset<Row> rejects() {
        return all.where(functions.col("rejectReason").isNotNull()).select(functions.col("source"),
                functions.col("line"), functions.col("rejectColumn").as("column"),
                functions.col("rejectValue").as("value"), functions.col("rejectReason").as("reason"));
    }

    @Override
    public String toString() {
        return "BillDetailsDataset[" + all + "]";
    }
}
