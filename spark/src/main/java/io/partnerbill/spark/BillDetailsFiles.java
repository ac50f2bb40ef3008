package io.partnerbill.spark;

import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.export.importing.BillDetailsImporter;
import io.partnerbill.export.importing.ImportedLine;
import io.partnerbill.export.importing.MalformedImportException;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the operator's bill-details files (the 27-column CSV layout) on Spark, each file on an
 * executor with the library's own importer ({@link BillDetailsImporter}), so a file passes
 * exactly the checks it passes on one machine.
 *
 * <p><b>All or nothing per file.</b> A file with a bad row gives no lines: it gives one row of
 * {@link BillDetailsDataset#rejects()} naming the file, the line, the column, the value and the
 * reason, as the importer's {@link MalformedImportException} does. The other files' lines are in
 * {@link BillDetailsDataset#lines()}. A rejected row is never silently dropped.
 *
 * <p>The files are read with Spark's {@code binaryFile} source, not its CSV reader: Spark's CSV
 * reader cannot tell the line a row starts on once quoted cells span lines, and its checks are
 * not the importer's. Each file is read whole by one task, so a file must fit in an executor's
 * memory (and in the source's 2 GB per file); split larger months into several files.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillDetailsFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The schema of {@link BillDetailsDataset#all()}: the aggregator's columns and where each line came from. */
    static final StructType SCHEMA = schema();
    static final int RECOMPUTED = 14;
    static final int REJECT = 15;

    /** What the executors run: the currency and zone travel with it. */
    private final ReadFile reader;

    private BillDetailsFiles(ReadFile reader) {
        this.reader = reader;
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("source", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("line", DataTypes.LongType, false));
        fields.add(DataTypes.createStructField("orderId", DataTypes.StringType, true));
        for (StructField f : BillColumns.SCHEMA.fields()) {
            fields.add(f);
        }
        fields.add(DataTypes.createStructField("recomputedSettlement", BillColumns.AMOUNT, true));
        for (String name : List.of("rejectColumn", "rejectValue", "rejectReason")) {
            fields.add(DataTypes.createStructField(name, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * Returns a reader of files in a currency, with local times in the billing zone (Asia/Shanghai).
     *
     * @param currency the currency of the files' amounts, not null
     * @return the reader, not null
     */
    public static BillDetailsFiles of(CurrencyUnit currency) {
        return new BillDetailsFiles(new ReadFile(Objects.requireNonNull(currency, "currency").getCurrencyCode(),
                BillingCalendar.BEIJING.getId()));
    }

    /**
     * Returns a copy that reads local times (without offset) in another zone.
     *
     * @param zone the zone, not null
     * @return the new reader, not null
     */
    public BillDetailsFiles withZone(ZoneId zone) {
        return new BillDetailsFiles(new ReadFile(reader.currency(), Objects.requireNonNull(zone, "zone").getId()));
    }

    /**
     * Reads files, lazily: nothing is read until an action runs on the result.
     *
     * @param spark the session, not null
     * @param paths the files, directories or globs, as Spark's {@code load} takes them, not null
     * @return the lines and the rejected files, not null
     */
    public BillDetailsDataset read(SparkSession spark, String... paths) {
        Dataset<Row> files = spark.read().format("binaryFile").load(paths).select("path", "content");
        return new BillDetailsDataset(files.flatMap(reader, Encoders.row(SCHEMA)));
    }

    @Override
    public String toString() {
        return "BillDetailsFiles[" + reader.currency() + ", " + reader.zone() + "]";
    }

    /** Reads one file with the importer: its lines, or one reject. */
    private record ReadFile(String currency, String zone) implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Row file) {
            String source = file.getString(0);
            byte[] content = (byte[]) file.get(1);
            BillDetailsImporter importer = BillDetailsImporter.of(currency).withZone(ZoneId.of(zone));
            List<Row> rows = new ArrayList<>();
            try {
                for (ImportedLine imported : importer.read(source, new ByteArrayInputStream(content)).lines()) {
                    rows.add(row(source, imported));
                }
            } catch (MalformedImportException e) {
                return List.of(RowFactory.create(source, e.lineNumber(), null, null, null, null, null, null, null, null,
                        null, null, null, null, null, e.column(), e.value(), e.getMessage())).iterator();
            }
            return rows.iterator();
        }

        private static Row row(String source, ImportedLine imported) {
            BillLine line = imported.line();
            // What the line's discount makes of its list amount: reconciliation compares it with the stated one.
            java.math.BigDecimal recomputed = line.discount().settlement(line.expenditureDecimal(), line.currency(),
                    RoundingPolicy.LINE);
            return RowFactory.create(source, imported.lineNumber(), line.orderId().value(), line.partner().value(),
                    line.cycle().toString(), line.currency().getCurrencyCode(), line.customer().value(),
                    line.product().value(), line.productName(), line.productType(), line.regionCode(),
                    line.billType().label(), line.expenditureDecimal(), line.settlementDecimal(), recomputed,
                    null, null, null);
        }
    }
}
