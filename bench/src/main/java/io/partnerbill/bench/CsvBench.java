package io.partnerbill.bench;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.ExportContext;
import io.partnerbill.export.Exporter;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 * rows field by field and (b) a straightforward Jackson {@code CsvMapper} writer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms14g", "-Xmx14g"})
@Warmup(iterations = 2)
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
}
