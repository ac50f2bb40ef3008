package io.partnerbill.spark;

import io.partnerbill.core.bill.BillAccumulator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.execution.ColumnarToRowExec;
import org.apache.spark.sql.execution.ProjectExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;
import scala.Tuple3;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@link BillAggregator#byPartnerMonth} and {@link BillAggregator#ofPartnerMonth} over the column
 * batches of a columnar scan (Spark's Parquet and ORC readers), when the eleven columns are read
 * straight from it: the batches are summed as they come, without Spark turning them into rows first.
 *
 * <p>The batches are taken from the physical plan ({@code ColumnarToRowExec}'s child, under at most
 * a projection that reorders columns), which is not a stable Spark API: a plan of another shape
 * (a filter on a data column, a join, rows made in memory), columns that need a cast or a computation, another
 * Spark build whose classes differ, or {@link BillAggregator#COLUMNAR_SCAN} set to {@code false}
 * leave the job to the row aggregation, which gives the same sums.
 */
final class ColumnarScan {

    private ColumnarScan() {
    }

    /** A columnar scan's batches and where the eleven columns are in them. */
    static final class Scan {
        private final RDD<ColumnarBatch> batches;
        private final int[] ordinals;
        private final StructType schema;

        /**
         * @param batches the scan's batches
         * @param ordinals the batch column of each of the eleven, in their order
         * @param schema the eleven columns' names and types, in their order
         */
        Scan(RDD<ColumnarBatch> batches, int[] ordinals, StructType schema) {
            this.batches = batches;
            this.ordinals = ordinals;
            this.schema = schema;
        }

        RDD<ColumnarBatch> batches() {
            return batches;
        }

        int[] ordinals() {
            return ordinals.clone();
        }

        StructType schema() {
            return schema;
        }
    }

    /**
     * The scan {@code selected} reads, when its eleven columns (as the Dataset names them) are a
     * columnar scan's own columns, at most reordered, in types read exactly (strings; decimals of
     * scale 8 or less with at most 30 integer digits, as {@code decimal(38,8)} holds); else null.
     */
    static @Nullable Scan of(Dataset<Row> selected) {
        try {
            if (!Boolean.parseBoolean(selected.sparkSession().conf().get(BillAggregator.COLUMNAR_SCAN, "true"))
                    || !readable(selected.schema())) {
                return null;
            }
            SparkPlan plan = selected.queryExecution().executedPlan();
            if (plan instanceof WholeStageCodegenExec whole) {
                plan = whole.child();
            }
            List<Attribute> columns = new ArrayList<>();
            if (plan instanceof ProjectExec project) {
                // The scan reads the file's order, or data columns before partition columns: a
                // projection of bare columns only reorders them.
                for (NamedExpression e : CollectionConverters.asJava(project.projectList())) {
                    if (!(e instanceof AttributeReference a)) {
                        return null;
                    }
                    columns.add(a);
                }
                plan = project.child();
            } else {
                columns.addAll(CollectionConverters.asJava(plan.output()));
            }
            if (!(plan instanceof ColumnarToRowExec toRows) || !toRows.child().supportsColumnar()) {
                return null;
            }
            SparkPlan scan = toRows.child();
            int[] ordinals = ordinals(columns, CollectionConverters.asJava(scan.output()));
            return ordinals == null ? null : new Scan(scan.executeColumnar(), ordinals, selected.schema());
        } catch (LinkageError | UnsupportedOperationException e) {
            return null; // a Spark build whose plan classes differ (or a Connect session): the rows
        }
    }

    private static boolean readable(StructType schema) {
        StructField[] fields = schema.fields();
        for (int i = 0; i < 9; i++) {
            if (!DataTypes.StringType.equals(fields[i].dataType())) {
                return false;
            }
        }
        for (int i = 9; i < 11; i++) {
            DataType type = fields[i].dataType();
            if (!(type instanceof DecimalType d) || d.scale() > 8 || d.precision() - d.scale() > 30) {
                return false;
            }
        }
        return true;
    }

    /** Where each selected column is among the scan's, by its expression id; null if one is not there. */
    private static int @Nullable [] ordinals(List<Attribute> selected, List<Attribute> scanned) {
        if (selected.size() != BillColumns.NAMES.size()) {
            return null;
        }
        int[] ordinals = new int[selected.size()];
        for (int i = 0; i < ordinals.length; i++) {
            ordinals[i] = -1;
            for (int j = 0; j < scanned.size(); j++) {
                if (scanned.get(j).exprId().equals(selected.get(i).exprId())) {
                    ordinals[i] = j;
                }
            }
            if (ordinals[i] < 0) {
                return null;
            }
        }
        return ordinals;
    }

    /** byPartnerMonth's rows: partner, cycle, currency and the accumulator's byte form. */
    static Dataset<Row> byPartnerMonth(SparkSession spark, Scan scan, StructType result) {
        StructType schema = scan.schema();
        int[] ordinals = scan.ordinals();
        JavaRDD<Row> rows = scan.batches().toJavaRDD()
                .mapPartitionsToPair(partition -> sum(partition, schema, ordinals, null).iterator())
                .reduceByKey(ColumnarScan::merge)
                .map(bill -> RowFactory.create(bill._1()._1(), bill._1()._2(), bill._1()._3(), bill._2()));
        return spark.createDataFrame(rows, result);
    }

    /** The byte forms of one bill's partial sums, one per partition that had lines. */
    static List<byte[]> ofPartnerMonth(Scan scan, Tuple3<String, String, String> bill) {
        StructType schema = scan.schema();
        int[] ordinals = scan.ordinals();
        List<byte[]> sums = new ArrayList<>();
        for (Tuple2<Tuple3<String, String, String>, byte[]> partial : scan.batches().toJavaRDD()
                .mapPartitions(partition -> sum(partition, schema, ordinals, bill).iterator()).collect()) {
            sums.add(partial._2());
        }
        return sums;
    }

    private static List<Tuple2<Tuple3<String, String, String>, byte[]>> sum(Iterator<ColumnarBatch> partition,
            StructType schema, int[] ordinals, @Nullable Tuple3<String, String, String> bill) {
        BatchSums sums = new BatchSums(schema, ordinals, bill);
        while (partition.hasNext()) {
            sums.add(partition.next());
        }
        return sums.finish();
    }

    private static byte[] merge(byte[] a, byte[] b) {
        return BillAccumulator.fromByteArray(a).merge(BillAccumulator.fromByteArray(b)).toByteArray();
    }
}
