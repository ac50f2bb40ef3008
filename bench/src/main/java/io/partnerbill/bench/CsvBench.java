package io.partnerbill.bench;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.ExportContext;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B3: CSV export of the workload's lines (27 columns, 8 decimals) to a file. Each call
 * rewrites the same file (truncated first) in the directory named by the system property
 * {@code bench.dir} (default: the temp directory); the score is milliseconds per export,
 * rows/s is lines / score.
 *
 * <p>partnerbill's exporter runs against (a) a plain {@code BufferedWriter} writing the same
 * rows field by field and (b) a straightforward Jackson {@code CsvMapper} writer. Two extras
 * show where the exporter's time goes: {@code b3_ceilingBytesOnly} writes as many bytes as the
 * exporter's file from one pre-filled buffer (what the disk and page cache allow, no formatting),
 * {@code b3_partnerbillNoFile} runs the exporter into a null stream (formatting only, no file).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms14g", "-Xmx14g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CsvBench {

    @Param("10000000")
    public int lines;

    private List<BillLine> data;
    private Path file;
    private CsvMapper mapper;
    private CsvSchema schema;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        data = Workload.standard().lines(lines);
        Path dir = Paths.get(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(dir);
        file = Files.createTempFile(dir, "partnerbill-b3-", ".csv");
        mapper = jacksonMapper();
        schema = jacksonSchema();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * A CsvMapper that quotes only where RFC 4180 needs it, as baseline (a) does: by default
     * Jackson also quotes values with spaces, which would make the files differ.
     */
    static CsvMapper jacksonMapper() {
        return CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    }

    /** The Jackson schema of the 27 string columns, with the header. */
    static CsvSchema jacksonSchema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        for (String column : CsvRows.HEADER) {
            builder.addColumn(column, CsvSchema.ColumnType.STRING);
        }
        return builder.setUseHeader(true).setLineSeparator("\n").build();
    }

    /** B3 baseline (a): the rows written field by field through a plain BufferedWriter. */
    @Benchmark
    public long b3_baselineBufferedWriter() throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvRows.write(data, out);
        }
        return Files.size(file);
    }

    /** B3 baseline (b): the same rows as String arrays through Jackson's CsvMapper. */
    @Benchmark
    public long b3_baselineJacksonCsv() throws IOException {
        writeJackson(mapper, schema, data, file);
        return Files.size(file);
    }

    /**
     * B3 extra, the I/O ceiling: as many bytes as {@link #b3_partnerbill} writes, in 64 KiB writes
     * of one pre-filled buffer of real CSV to the same file, so no formatting at all.
     */
    @Benchmark
    public long b3_ceilingBytesOnly(Ceiling ceiling) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeRepeated(ceiling.chunk, ceiling.bytes, out);
        }
        return Files.size(file);
    }

    /** Writes {@code total} bytes to a stream, the chunk over and over. */
    static void writeRepeated(byte[] chunk, long total, OutputStream out) throws IOException {
        long left = total;
        while (left > 0 && chunk.length > 0) {
            int n = (int) Math.min(chunk.length, left);
            out.write(chunk, 0, n);
            left -= n;
        }
    }

    /**
     * B3 extra, formatting only: partnerbill's exporter writing the lines into a null stream,
     * no file; the score is the CPU side of {@link #b3_partnerbill}.
     */
    @Benchmark
    public long b3_partnerbillNoFile() throws IOException {
        return Exporter.csv().writeLines(data.iterator(), ExportContext.defaults(), OutputStream.nullOutputStream());
    }

    /** The ceiling's input: the exporter's file size for these lines and 64 KiB of its bytes. */
    @State(Scope.Benchmark)
    public static class Ceiling {
        byte[] chunk;
        long bytes;

        @Setup(Level.Trial)
        public void setUp(CsvBench bench) throws IOException {
            bytes = exportedBytes(bench.data);
            chunk = firstBytes(bench.data, 1 << 16);
        }
    }

    /** The size of partnerbill's CSV export of the lines. */
    static long exportedBytes(List<BillLine> lines) throws IOException {
        CountingStream counter = new CountingStream();
        Exporter.csv().writeLines(lines.iterator(), ExportContext.defaults(), counter);
        return counter.count;
    }

    /** The first bytes of partnerbill's CSV export of the lines (all of it if shorter). */
    static byte[] firstBytes(List<BillLine> lines, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // 2,000 rows are some 500 KB, more than any chunk asked for here.
        Exporter.csv().writeLines(lines.subList(0, Math.min(lines.size(), 2_000)).iterator(), ExportContext.defaults(),
                out);
        return Arrays.copyOf(out.toByteArray(), Math.min(size, out.size()));
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    static void writeJackson(CsvMapper mapper, CsvSchema schema, List<BillLine> lines, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                SequenceWriter rows = mapper.writer(schema).writeValues(out)) {
            for (BillLine line : lines) {
                rows.write(CsvRows.values(line));
            }
        }
    }

    /**
     * B3: partnerbill's own CSV exporter (formula-injection escaping, RFC 4180 quoting, 8-decimal
     * amounts, operator column names) streaming the same lines to the same file.
     */
    @Benchmark
    public long b3_partnerbill() throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Exporter.csv().writeLines(data.iterator(), ExportContext.defaults(), out);
        }
        return Files.size(file);
    }

    /**
     * B3, partnerbill's exporter with background writing ({@code ExportContext.withBackgroundWriting}):
     * the file's writes run on a second thread while the next rows are formatted.
     */
    @Benchmark
    public long b3_partnerbillBackgroundWriting() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Exporter.csv().writeLines(data.iterator(), ExportContext.defaults().withBackgroundWriting(true), out);
        }
        return Files.size(file);
    }
}
