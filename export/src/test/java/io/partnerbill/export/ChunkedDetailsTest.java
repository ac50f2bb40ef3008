package io.partnerbill.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.importing.BillDetailsImporter;
import io.partnerbill.export.testing.TestLines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class ChunkedDetailsTest {

    private final ChunkedDetails chunks = ChunkedDetails.of(Exporter.csv(), TestLines.PARTNER, TestLines.CYCLE);

    @Test
    void defaults_toOneHundredThousandRowsPerFile() {
        assertThat(chunks.maxRows()).isEqualTo(100_000);
        assertThat(ChunkedDetails.DEFAULT_MAX_ROWS).isEqualTo(100_000);
    }

    @Test
    void partName_isPartnerCycleDetailsPart() {
        assertThat(chunks.partName(1)).isEqualTo("P1_2024-01_details_1.csv");
        assertThat(ChunkedDetails.of(Exporter.xlsx(), PartnerId.of("Reseller/A B"), BillCycle.of(2025, 12)).partName(12))
                .isEqualTo("Reseller_A_B_2025-12_details_12.xlsx");
    }

    @Test
    void openParts_splitsIntoFilesOfAtMostNRowsEachWithAHeader() throws IOException {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        LineWriter writer = chunks.withMaxRows(2).openParts(name -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            files.put(name, out);
            return out;
        });
        for (int i = 1; i <= 5; i++) {
            writer.write(TestLines.generated(i));
        }
        writer.finish();
        assertThat(writer.rowsWritten()).isEqualTo(5);
        assertThat(files).containsOnlyKeys("P1_2024-01_details_1.csv", "P1_2024-01_details_2.csv",
                "P1_2024-01_details_3.csv");
        assertThat(rowsOf(files.get("P1_2024-01_details_1.csv").toByteArray())).isEqualTo(List.of("O1", "O2"));
        assertThat(rowsOf(files.get("P1_2024-01_details_2.csv").toByteArray())).isEqualTo(List.of("O3", "O4"));
        assertThat(rowsOf(files.get("P1_2024-01_details_3.csv").toByteArray())).isEqualTo(List.of("O5"));
    }

    @Test
    void openParts_exactMultiple_writesNoEmptyTrailingPart() throws IOException {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        LineWriter writer = chunks.withMaxRows(2).openParts(name -> files.computeIfAbsent(name, n -> new ByteArrayOutputStream()));
        for (int i = 1; i <= 4; i++) {
            writer.write(TestLines.generated(i));
        }
        writer.finish();
        assertThat(files).hasSize(2);
    }

    @Test
    void openParts_noLines_writesOneHeaderOnlyPart() throws IOException {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        LineWriter writer = chunks.openParts(name -> files.computeIfAbsent(name, n -> new ByteArrayOutputStream()));
        writer.finish();
        assertThat(files).containsOnlyKeys("P1_2024-01_details_1.csv");
        assertThat(rowsOf(files.get("P1_2024-01_details_1.csv").toByteArray())).isEmpty();
    }

    @Test
    void openZip_bundlesThePartsAndLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        LineWriter writer = chunks.withMaxRows(3).openZip(out);
        for (int i = 1; i <= 7; i++) {
            writer.write(TestLines.generated(i));
        }
        writer.finish();
        Map<String, List<String>> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.put(e.getName(), rowsOf(zip.readAllBytes()));
            }
        }
        assertThat(entries).containsExactly(
                Map.entry("P1_2024-01_details_1.csv", List.of("O1", "O2", "O3")),
                Map.entry("P1_2024-01_details_2.csv", List.of("O4", "O5", "O6")),
                Map.entry("P1_2024-01_details_3.csv", List.of("O7")));
        assertThat(closed[0]).isFalse();
    }

    @Test
    void withMaxRows_refusesLessThanOne() {
        assertThatThrownBy(() -> chunks.withMaxRows(0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Rows per file must be at least 1, was '0'");
    }

    /** The Order IDs of a part, read back through the importer. */
    private static List<String> rowsOf(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Customer ID,Billing Cycle,");
        return BillDetailsImporter.of("USD").read("part.csv", new ByteArrayInputStream(csv)).billLines().stream()
                .map(l -> l.orderId().value()).toList();
    }
}
