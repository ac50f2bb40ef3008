package io.partnerbill.export.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Reconciliation#reconcile(BillDetailsImporter, Path)}: a file read row by row. */
class ReconciliationStreamTest {

    private static final BillDetailsImporter USD = BillDetailsImporter.of("USD");

    @TempDir
    Path dir;

    private Path operatorFile(String name, String replace, String with) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/operator-details-2024-01.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Files.writeString(dir.resolve(name), text.replace(replace, with));
        }
    }

    @Test
    void streamed_findsWhatTheInMemoryReconciliationFinds() throws Exception {
        Path file = operatorFile("operator.csv", "", "");
        ReconciliationReport streamed = Reconciliation.standard().reconcile(USD, file);
        ReconciliationReport inMemory = Reconciliation.standard().reconcile(USD.read(file));

        assertThat(streamed.differences()).isEqualTo(inMemory.differences()).containsExactly(
                Difference.inLine(4, "Settlement Amount", "88.00000000", "89.00000000"),
                Difference.inLine(6, "Settlement Amount", "30.00000000", "10.00000000"));
        assertThat(streamed.linesRead()).isEqualTo(7);
        assertThat(streamed.differenceCount()).isEqualTo(2);
        assertThat(streamed.source()).isEqualTo("operator.csv");
    }

    @Test
    void rowWhoseCycleIsNotItsTimes_isADifference_notARefusal() throws Exception {
        // O5 at 00:30 on Feb 1 in Beijing, in a row of Billing Cycle 2024-01
        Path file = operatorFile("late.csv", "2024-01-22 10:00:00", "2024-02-01 00:30:00");

        ReconciliationReport report = Reconciliation.standard().reconcile(USD, file);

        assertThat(report.differences()).containsExactly(
                Difference.inLine(4, "Settlement Amount", "88.00000000", "89.00000000"),
                Difference.inLine(6, "Settlement Amount", "30.00000000", "10.00000000"),
                Difference.inLine(7, "Billing Cycle", "2024-02", "2024-01"));
        // the importer itself refuses such a file
        assertThatThrownBy(() -> USD.read(file)).isInstanceOf(MalformedImportException.class)
                .hasMessageContaining("line 7, column 'Transaction Time'");
    }

    @Test
    void differencesPastTheLimit_areCounted_notKept() throws Exception {
        Path file = operatorFile("late.csv", "2024-01-22 10:00:00", "2024-02-01 00:30:00");

        ReconciliationReport report = Reconciliation.standard().withDifferenceLimit(1).reconcile(USD, file);

        assertThat(report.differences()).containsExactly(
                Difference.inLine(4, "Settlement Amount", "88.00000000", "89.00000000"));
        assertThat(report.differenceCount()).isEqualTo(3);
        assertThat(report.isClean()).isFalse();
        assertThat(Reconciliation.standard().withDifferenceLimit(0).reconcile(USD, file).differences()).isEmpty();
        assertThatThrownBy(() -> Reconciliation.standard().withDifferenceLimit(-1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Difference limit must be 0 or more, was '-1'");
    }
}
