package io.partnerbill.spark;

import static io.partnerbill.spark.SparkTests.SPARK;
import static io.partnerbill.spark.SparkTests.bill;
import static io.partnerbill.testkit.BillingFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.importing.BillDetailsImporter;
import io.partnerbill.export.importing.Difference;
import io.partnerbill.export.importing.MalformedImportException;
import io.partnerbill.export.importing.Reconciliation;
import io.partnerbill.export.importing.StatedTotals;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Bill-details files read on Spark: the importer's checks per file, the same bill, reconciliation. */
class BillDetailsFilesTest {

    private static final PartnerId PARTNER = PartnerId.of("P-TEST");
    private static final BillCycle CYCLE = BillCycle.of(2024, 1);

    /** A month of the testkit's generator with at least half the lines asked for (it draws 0 to that many). */
    private static List<BillLine> month(long seed, int lines) {
        Random random = new Random(seed);
        var months = BillingArbitraries.months().mix(lines, 0.15, 0.05).arbitrary().generator(1000);
        List<BillLine> month = months.next(random).value();
        while (month.size() < lines / 2) {
            month = months.next(random).value();
        }
        return month;
    }

    private static byte[] csv(List<BillLine> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.csv().writeLines(lines.iterator(), ExportContext.defaults(), out);
        return out.toByteArray();
    }

    /** The file's rows; the generator's texts hold no line break, so row i of the lines is file line i + 2. */
    private static List<String> rowsOf(byte[] csv) {
        return new ArrayList<>(List.of(new String(csv, StandardCharsets.UTF_8).split("\r?\n")));
    }

    private static byte[] join(List<String> rows) {
        return (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String uri(Path file) {
        return file.toUri().toString();
    }

    @Example
    void read_rejectsABadFileWholeWithItsLineAndColumn_andKeepsTheGoodOne() throws IOException {
        Path dir = Files.createTempDirectory("bill-details");
        List<BillLine> good = month(1, 400);
        Files.write(dir.resolve("good.csv"), csv(good));
        List<BillLine> badLines = month(2, 50);
        List<String> rows = rowsOf(csv(badLines));
        // Line 4 of the file is the third line; its Customer Expenditure cell comes first of its amounts.
        String amount = badLines.get(2).expenditureDecimal().toPlainString();
        rows.set(3, rows.get(3).replaceFirst("," + java.util.regex.Pattern.quote(amount) + ",", ",12x4,"));
        byte[] bad = join(rows);
        Path badFile = Files.write(dir.resolve("bad.csv"), bad);
        String badSource = SPARK.read().format("binaryFile").load(uri(badFile)).select("path").first().getString(0);

        BillDetailsDataset read = BillDetailsFiles.of(USD).read(SPARK, uri(dir));

        List<Row> rejects = read.rejects().collectAsList();
        assertThat(rejects).hasSize(1);
        Row reject = rejects.get(0);
        assertThat(reject.getString(0)).isEqualTo(badSource);
        assertThat(reject.getLong(1)).isEqualTo(4);
        assertThat(reject.getString(2)).isEqualTo("Customer Expenditure");
        assertThat(reject.getString(3)).isEqualTo("12x4");
        // The very message the importer gives on one machine.
        assertThatThrownBy(() -> BillDetailsImporter.of(USD).read(badSource, new ByteArrayInputStream(bad)))
                .isInstanceOf(MalformedImportException.class).hasMessage(reject.getString(4));
        assertThat(read.lines().count()).isEqualTo(good.size());
        BillAccumulator summed = BillAggregator.ofPartnerMonth(read.lines(), BillColumns.standard(), PARTNER, CYCLE,
                USD);
        assertThat(bill(summed)).isEqualTo(bill(good, BillAccumulator.create(PARTNER, CYCLE, USD)));
    }

    @Example
    void lineDifferences_findThePlantedSettlementsAsOneMachineDoes() throws IOException {
        List<BillLine> lines = month(3, 300);
        List<String> rows = rowsOf(csv(lines));
        List<Long> planted = new ArrayList<>();
        for (int i = 0; i < lines.size() && planted.size() < 3; i++) {
            BillLine line = lines.get(i);
            // Expenditures some way apart, a cent more than their discount makes of them.
            if (line.billType() == BillType.EXPENDITURE && (planted.isEmpty() || i + 2 - planted.get(planted.size() - 1) > 30)) {
                String row = rows.get(i + 1);
                BigDecimal wrong = line.settlementDecimal().add(new BigDecimal("0.01"));
                rows.set(i + 1, row.substring(0, row.lastIndexOf(',') + 1) + wrong.toPlainString());
                planted.add(i + 2L);
            }
        }
        byte[] file = join(rows);
        Path path = Files.write(Files.createTempDirectory("reconcile").resolve("month.csv"), file);

        BillDetailsDataset read = BillDetailsFiles.of(USD).read(SPARK, uri(path));
        List<Row> found = read.lines().transform(SparkReconciliation::lineDifferences).orderBy("line").collectAsList();

        assertThat(planted).hasSize(3);
        assertThat(found).extracting(r -> r.getLong(1)).containsExactlyElementsOf(planted);
        String source = found.get(0).getString(0);
        List<Difference> expected = Reconciliation.standard()
                .reconcile(BillDetailsImporter.of(USD).read(source, new ByteArrayInputStream(file))).differences();
        assertThat(found).extracting(r -> Difference.inLine(r.getLong(1), r.getString(3), r.getString(4),
                r.getString(5))).containsExactlyElementsOf(expected);
    }

    @Example
    void totalDifferences_findTheOneStatedFigureThatIsWrong() {
        List<BillLine> lines = month(4, 200);
        MonthlyBill recomputed = bill(BillAggregator.ofPartnerMonth(SparkTests.rows(lines, 2), BillColumns.standard(),
                PARTNER, CYCLE, USD));
        StatedTotals right = StatedTotals.of(recomputed);
        StatedTotals wrongRefunds = StatedTotals.of(PARTNER, CYCLE, recomputed.expenditures(),
                recomputed.refunds().subtract(BillingFixtures.usd("0.01")), recomputed.adjustments(),
                recomputed.netSettlement());

        assertThat(SparkReconciliation.totalDifferences(SPARK, List.of(recomputed), List.of(right)).count()).isZero();
        List<Row> found = SparkReconciliation.totalDifferences(SPARK, List.of(recomputed), List.of(wrongRefunds))
                .collectAsList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).toSeq().mkString("|")).isEqualTo("P-TEST|2024-01|Refunds|"
                + BillingFixtures.decimal(recomputed.refunds()).toPlainString() + "|"
                + BillingFixtures.decimal(recomputed.refunds()).subtract(new BigDecimal("0.01")).toPlainString());
    }

    static {
        SPARK.sparkContext();
    }
}
