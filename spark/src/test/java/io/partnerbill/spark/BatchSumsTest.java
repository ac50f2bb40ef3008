package io.partnerbill.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import scala.Tuple2;
import scala.Tuple3;

/**
 * BatchSums over batches made by hand: twelve bills' lines shuffled together, cut into batches of
 * any size, with every batch let go after any number of rows, give each bill the single machine's sums.
 */
class BatchSumsTest {

    private static final List<List<BillLine>> BILLS = SparkTests.manyBills(150);
    private static final int[] IN_ORDER = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Property(tries = 60)
    void anyBatchesAndPendingLimit_giveEachBillItsSingleMachineSums(@ForAll @IntRange(min = 1, max = 700) int batchRows,
            @ForAll @IntRange(min = 1, max = 3000) int pendingLimit, @ForAll long seed) {
        List<BillLine> lines = new ArrayList<>();
        BILLS.forEach(lines::addAll);
        Collections.shuffle(lines, new Random(seed));
        BatchSums sums = new BatchSums(BillColumns.SCHEMA, IN_ORDER, null, pendingLimit);

        for (int from = 0; from < lines.size(); from += batchRows) {
            sums.add(batch(lines.subList(from, Math.min(lines.size(), from + batchRows))));
        }

        Map<String, byte[]> expected = new HashMap<>();
        for (List<BillLine> bill : BILLS) {
            BillLine first = bill.get(0);
            expected.put(first.partner().value() + " " + first.cycle() + " " + first.currency().getCurrencyCode(),
                    BillAccumulator.create(first.partner(), first.cycle(), first.currency()).addAll(bill).toByteArray());
        }
        Map<String, byte[]> summed = new HashMap<>();
        for (Tuple2<Tuple3<String, String, String>, byte[]> bill : sums.finish()) {
            summed.put(bill._1()._1() + " " + bill._1()._2() + " " + bill._1()._3(), bill._2());
        }
        assertThat(summed).containsOnlyKeys(expected.keySet());
        expected.forEach((key, bytes) -> assertThat(summed.get(key)).as(key).isEqualTo(bytes));
    }

    /** The lines as a batch of BillColumns.SCHEMA, amounts as decimal(38,8) bytes, as Spark's Parquet reader holds them. */
    private static ColumnarBatch batch(List<BillLine> lines) {
        StructType schema = BillColumns.SCHEMA;
        OnHeapColumnVector[] columns = new OnHeapColumnVector[schema.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = new OnHeapColumnVector(lines.size(), schema.fields()[c].dataType());
        }
        for (int r = 0; r < lines.size(); r++) {
            BillLine line = lines.get(r);
            String[] texts = {line.partner().value(), line.cycle().toString(), line.currency().getCurrencyCode(),
                    line.customer().value(), line.product().value(), line.productName(), line.productType(),
                    line.regionCode(), line.billType().label()};
            for (int c = 0; c < texts.length; c++) {
                columns[c].putByteArray(r, texts[c].getBytes(StandardCharsets.UTF_8));
            }
            putAmount(columns[9], r, line.expenditureDecimal());
            putAmount(columns[10], r, line.settlementDecimal());
        }
        return new ColumnarBatch(columns.clone(), lines.size());
    }

    private static void putAmount(OnHeapColumnVector column, int row, BigDecimal amount) {
        column.putDecimal(row, Decimal.apply(amount.setScale(8), 38, 8), 38);
    }
}
