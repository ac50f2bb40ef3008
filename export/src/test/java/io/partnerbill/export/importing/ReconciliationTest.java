package io.partnerbill.export.importing;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static io.partnerbill.export.testing.TestLines.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.ExportContext;
import java.io.InputStream;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    /** The operator-layout file of test resources: 7 lines, two of them with a wrong settlement amount. */
    static ImportedBillDetails operatorFile() throws Exception {
        try (InputStream in = ReconciliationTest.class.getResourceAsStream("/operator-details-2024-01.csv")) {
            return BillDetailsImporter.of("USD").read("operator-details-2024-01.csv", in);
        }
    }

    private static final StatedTotals CONSISTENT = StatedTotals.of(PARTNER, CYCLE, usd("276.63"), usd("-44.00"),
            usd("-5.00"), usd("227.63"));

    @Test
    void plantedErrors_areFoundExactly() throws Exception {
        ReconciliationReport report = Reconciliation.standard().reconcile(operatorFile(), CONSISTENT);

        assertThat(report.linesChecked()).isEqualTo(7);
        assertThat(report.isClean()).isFalse();
        assertThat(report.differences()).containsExactly(
                Difference.inLine(4, "Settlement Amount", "88.00000000", "89.00000000"),
                Difference.inLine(6, "Settlement Amount", "30.00000000", "10.00000000"));
        assertThat(report.differences().get(1).toString())
                .isEqualTo("line 6 Settlement Amount: expected 30.00000000, found 10.00000000");
        assertThat(report.differences().get(0).lineNumber()).hasValue(4);
    }

    @Test
    void statedTotalsNotAddingUpTheLines_areReportedAsTotals() throws Exception {
        StatedTotals stated = StatedTotals.of(PARTNER, CYCLE, usd("276.63"), usd("-45.00"), usd("-5.00"), usd("230.00"));
        ReconciliationReport report = Reconciliation.standard().reconcile(operatorFile(), stated);

        assertThat(report.differences()).hasSize(4).endsWith(
                Difference.inTotals("Refunds", "-44.00", "-45.00"),
                Difference.inTotals("Net Settlement", "227.63", "230.00"));
        assertThat(report.differences().get(3).lineNumber()).isEmpty();
        assertThat(report.differences().get(3).toString()).isEqualTo("totals Net Settlement: expected 227.63, found 230.00");
    }

    @Test
    void billRounding_isAPolicy() throws Exception {
        StatedTotals truncated = StatedTotals.of(PARTNER, CYCLE, usd("276.62"), usd("-44"), usd("-5"), usd("227.62"));
        assertThat(Reconciliation.standard().withBillRounding(RoundingPolicy.ofScale(2, RoundingMode.DOWN))
                .reconcile(operatorFile(), truncated).differences()).hasSize(2);
    }

    @Test
    void withoutStatedTotals_onlyLinesAreChecked() throws Exception {
        assertThat(Reconciliation.standard().reconcile(operatorFile()).differences()).extracting(Difference::field)
                .containsExactly("Settlement Amount", "Settlement Amount");
    }

    @Test
    void ownBill_asStatedTotals_reconcilesCleanWithItsOwnExport() throws Exception {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").build();
        ImportedBillDetails file = operatorFile();
        // keep the correct lines only, as one's own calculation would have them
        file.lines().stream().filter(l -> l.lineNumber() != 4 && l.lineNumber() != 6)
                .forEach(l -> billing.lines().append(l.line()));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Exporter.csv().writeLines(billing.lines().ofCycle(PARTNER, CYCLE).iterator(), ExportContext.defaults(), out);
        ImportedBillDetails own = BillDetailsImporter.of("USD").read("own.csv",
                new java.io.ByteArrayInputStream(out.toByteArray()));

        ReconciliationReport report = Reconciliation.standard().reconcile(own,
                StatedTotals.of(billing.bills().calculate(PARTNER, CYCLE)));
        assertThat(report.isClean()).as(report.toString()).isTrue();
        assertThat(report.linesChecked()).isEqualTo(5);
    }
}
