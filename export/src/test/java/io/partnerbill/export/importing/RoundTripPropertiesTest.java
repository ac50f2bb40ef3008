package io.partnerbill.export.importing;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.internal.Cells;
import io.partnerbill.export.json.PartnerBillJsonModule;
import io.partnerbill.export.testing.TestLines;
import io.partnerbill.testkit.BillingArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Export → import returns equal lines, for CSV (both with and without BOM) and JSON. */
class RoundTripPropertiesTest {

    private static final String TRICKY = ",\"\n\r\t=+-@' 中文日本語Ωé";

    @Property(tries = 200)
    void csv_exportThenImport_returnsEqualLines(@ForAll("lines") List<BillLine> lines,
            @ForAll boolean byteOrderMark) throws IOException {
        List<BillLine> unique = uniqueOrders(lines);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.csv(byteOrderMark).writeLines(unique.iterator(), ExportContext.defaults(), out);
        ImportedBillDetails back = BillDetailsImporter.of("USD").read("roundtrip.csv",
                new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.billLines()).isEqualTo(unique);
    }

    @Property(tries = 100)
    void csv_exportThenScan_passesTheLinesReadReturns(@ForAll("lines") List<BillLine> lines) throws IOException {
        List<BillLine> unique = uniqueOrders(lines);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("roundtrip", ".csv");
        try {
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                Exporter.csv().writeLines(unique.iterator(), ExportContext.defaults(), out);
            }
            List<ImportedLine> scanned = new ArrayList<>();
            BillDetailsImporter importer = BillDetailsImporter.of("USD");
            assertThat(importer.scan(file, scanned::add)).isEqualTo(unique.size());
            assertThat(scanned).isEqualTo(importer.read(file).lines());
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /** The importer's own UTF-8 decoder (which names a bad byte's offset) against the JDK's strict one. */
    @Property(tries = 2000)
    void utf8Decoding_agreesWithTheJdk(@ForAll byte[] bytes) throws IOException {
        String jdk;
        try {
            jdk = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            jdk = null;
        }
        StringBuilder ours = new StringBuilder();
        try (CsvInput in = new CsvInput(new ByteArrayInputStream(bytes))) {
            char[] buf = new char[3]; // small, so surrogate pairs straddle reads
            for (int n; (n = in.read(buf, 0, buf.length)) > 0;) {
                ours.append(buf, 0, n);
            }
        } catch (CsvInput.NotUtf8Exception e) {
            ours = null;
        }
        assertThat(ours == null ? null : ours.toString()).isEqualTo(jdk);
    }

    @Property(tries = 1000)
    void utf8Decoding_ofValidText_returnsIt(@ForAll String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // unpaired surrogates are encoded as '?' by getBytes: compare with what the JDK decodes back
        String expected = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder ours = new StringBuilder();
        try (CsvInput in = new CsvInput(new ByteArrayInputStream(bytes))) {
            char[] buf = new char[5];
            for (int n; (n = in.read(buf, 0, buf.length)) > 0;) {
                ours.append(buf, 0, n);
            }
        }
        assertThat(ours.toString()).isEqualTo(expected);
    }

    @Property(tries = 200)
    void json_exportThenRead_returnsEqualLines(@ForAll("lines") List<BillLine> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.json().writeLines(lines.iterator(), ExportContext.defaults(), out);
        ObjectMapper mapper = PartnerBillJsonModule.newObjectMapper();
        List<BillLine> back = new ArrayList<>();
        try (MappingIterator<BillLine> it = mapper.readerFor(BillLine.class).readValues(out.toByteArray())) {
            it.forEachRemaining(back::add);
        }
        assertThat(back).isEqualTo(lines);
    }

    @Property(tries = 300)
    void escapeThenUnescape_isIdentity(@ForAll("texts") String text) {
        assertThat(Cells.unescape(Cells.escape(text))).isEqualTo(text);
        String escaped = Cells.escape(text);
        assertThat(escaped.isEmpty() ? ' ' : escaped.charAt(0))
                .as("an escaped cell never starts with a dangerous character").isNotIn('=', '+', '-', '@', '\t', '\r', '\0');
    }

    private static List<BillLine> uniqueOrders(List<BillLine> lines) {
        Set<OrderId> seen = new HashSet<>();
        List<BillLine> unique = new ArrayList<>();
        for (BillLine line : lines) {
            if (seen.add(line.orderId())) {
                unique.add(line);
            }
        }
        return unique;
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(TRICKY).withCharRange('a', 'z').ofMaxLength(12),
                Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u4e00', '\u4e20').ofMaxLength(12),
                Arbitraries.of("=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", "'=x", "''+y", "\t", "\r\n", "\0x", "a,b",
                        "\"quoted\"", "line1\nline2", "Ünïcödé 中"));
    }

    private Arbitrary<String> nonBlank() {
        return texts().filter(s -> !s.isBlank());
    }

    private Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("=+-@',\"中é").withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(10).filter(s -> s.strip().equals(s) && !s.isBlank());
    }

    @Provide
    Arbitrary<List<BillLine>> lines() {
        // The testkit's months, with hostile text in every text column and id.
        return BillingArbitraries.months().partner(TestLines.PARTNER).cycle(TestLines.CYCLE).mix(8, 0.25, 0.15)
                .hostileText().arbitrary();
    }
}
