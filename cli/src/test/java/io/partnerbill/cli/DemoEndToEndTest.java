package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.export.importing.BillDetailsImporter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo end to end with a small month: its printed totals against an independent recomputation. */
class DemoEndToEndTest {

    @TempDir
    Path temp;

    private static BigDecimal printed(String out, String label) {
        Matcher m = Pattern.compile("\\n  " + Pattern.quote(label) + " +INR ([-0-9,.]+)\\n").matcher(out);
        assertThat(m.find()).as("'%s' in%n%s", label, out).isTrue();
        return new BigDecimal(m.group(1).replace(",", ""));
    }

    @Test
    void demoPrintsTheBillOfTheLinesItExported() throws IOException {
        Path db = temp.resolve("db");
        CliRunner run = CliRunner.run("demo", "--orders", "3000", "--month", "2024-02", "--seed", "7", "--db", db.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String out = run.out();
        assertThat(out).contains("Invoice PB-2024-000001").contains("Orders: 3,000 attempted")
                .contains("BILL_DETAILS csv   COMPLETED").contains("BILL         xlsx  COMPLETED");

        // Recompute from the exported details: plain BigDecimal, then amount due = settlement - coupons + tax, with
        // Karnataka-to-Karnataka GST (CGST 9 % + SGST 9 %, each rounded) and the INR 50,000 coupon.
        Path details;
        try (Stream<Path> files = Files.walk(db.resolve("exports"))) {
            details = files.filter(f -> f.toString().endsWith("_details.csv")).findFirst().orElseThrow();
        }
        List<BillLine> lines = BillDetailsImporter.of("INR").read(details).billLines();
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal expenditures = BigDecimal.ZERO;
        for (BillLine line : lines) {
            net = net.add(line.settlementDecimal());
            if (line.billType() == io.partnerbill.core.bill.BillType.EXPENDITURE) {
                expenditures = expenditures.add(line.settlementDecimal());
            }
        }
        net = net.setScale(2, RoundingMode.HALF_UP);
        BigDecimal coupons = net.min(new BigDecimal("50000")).max(BigDecimal.ZERO);
        BigDecimal halfTax = net.multiply(new BigDecimal("0.09")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal due = net.subtract(coupons).add(halfTax).add(halfTax).max(BigDecimal.ZERO);

        assertThat(printed(out, "Settlement amount")).isEqualByComparingTo(net);
        assertThat(printed(out, "Expenditures")).isEqualByComparingTo(expenditures.setScale(2, RoundingMode.HALF_UP));
        assertThat(printed(out, "CGST 9%")).isEqualByComparingTo(halfTax);
        assertThat(printed(out, "SGST 9%")).isEqualByComparingTo(halfTax);
        assertThat(printed(out, "Amount due")).isEqualByComparingTo(due);
        assertThat(out).contains("(" + String.format("%,d", lines.size()) + " lines)");

        // The bill read back from the demo's database is the one printed.
        try (DemoDatabase reopened = DemoDatabase.open(db)) {
            PartnerBilling billing = DemoOptions.billing(reopened, new DemoClock(java.time.Instant.now()));
            IssuedBill stored = billing.bills().issued(DemoWorld.PARTNER, BillCycle.of(2024, 2)).orElseThrow();
            assertThat(printed(out, "Amount due")).isEqualByComparingTo(dec(stored.amountDue()));
            assertThat(printed(out, "Settlement amount")).isEqualByComparingTo(dec(stored.bill().netSettlement()));
            assertThat(stored.bill().lineCount()).isEqualTo(lines.size());
            assertThat(billing.lines().count(DemoWorld.PARTNER, BillCycle.of(2024, 2))).isEqualTo(lines.size());
        }
        // Run again on the same database: the issued bill is reused, not simulated twice.
        CliRunner again = CliRunner.run("demo", "--orders", "3000", "--month", "2024-02", "--seed", "7", "--db", db.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("is issued already: reusing it").contains("Invoice PB-2024-000001");
        assertThat(printed(again.out(), "Amount due")).isEqualByComparingTo(printed(out, "Amount due"));
    }

    /**
     * Every customer's MONTHLY budget is in May once May is simulated: an April order would land in a
     * cycle before its budget's. The demo used to count each such order as an "other refusal" and issue
     * an empty April bill; its purchases now go through {@code placeAll}, which fails the batch on it.
     */
    @Test
    void anEarlierMonthOnADatabaseThatHoldsALaterOne_isRefusedAndChangesNothing() {
        Path db = temp.resolve("db");
        CliRunner may = CliRunner.run("demo", "--orders", "300", "--month", "2024-05", "--db", db.toString());
        assertThat(may.exitCode()).as(may.err()).isZero();

        CliRunner april = CliRunner.run("demo", "--orders", "300", "--month", "2024-04", "--db", db.toString());

        assertThat(april.exitCode()).isEqualTo(2);
        assertThat(april.err()).isEqualTo("partnerbill: Order 'DEMO-2024-04-0000000' at 2024-03-31T18:14:50Z falls in"
                + " cycle 2024-04, but the MONTHLY budget of customer 'c-bhavna' is in cycle 2024-05 already"
                + System.lineSeparator());
        try (DemoDatabase reopened = DemoDatabase.open(db)) {
            PartnerBilling billing = DemoOptions.billing(reopened, new DemoClock(java.time.Instant.now()));
            assertThat(billing.lines().count(DemoWorld.PARTNER, BillCycle.of(2024, 4))).isZero();
            assertThat(billing.bills().issued(DemoWorld.PARTNER, BillCycle.of(2024, 4))).isEmpty();
            assertThat(billing.lines().count(DemoWorld.PARTNER, BillCycle.of(2024, 5))).isEqualTo(300);
        }
    }

    private static BigDecimal dec(javax.money.MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }
}
