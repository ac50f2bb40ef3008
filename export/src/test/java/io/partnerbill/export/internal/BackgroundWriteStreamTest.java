package io.partnerbill.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.testkit.BillingArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Background writing hands the stream exactly the bytes, in order, one write at a time, and reports failures. */
class BackgroundWriteStreamTest {

    /** Records bytes, the threads that wrote, and whether two writes ever overlapped. */
    private static final class RecordingStream extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final Set<String> writers = new HashSet<>();
        final AtomicInteger inFlight = new AtomicInteger();
        volatile boolean overlapped;
        int flushes;
        boolean closed;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (inFlight.incrementAndGet() > 1) {
                overlapped = true;
            }
            Thread.yield(); // widen the window in which an overlapping write would be seen
            synchronized (this) {
                bytes.write(b, off, len);
                writers.add(Thread.currentThread().getName());
            }
            inFlight.decrementAndGet();
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Property(tries = 200)
    void writesExactlyTheBytesInOrder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 64) int bufferSize,
            @ForAll @IntRange(max = 2_000) int total) throws IOException {
        Random random = new Random(seed);
        byte[] data = new byte[total];
        random.nextBytes(data);
        RecordingStream sink = new RecordingStream();
        BackgroundWriteStream out = new BackgroundWriteStream(sink, bufferSize);
        int at = 0;
        while (at < total) {
            if (random.nextInt(4) == 0) {
                out.write(data[at++]);
            } else {
                int n = Math.min(total - at, random.nextInt(3 * bufferSize));
                out.write(data, at, n);
                at += n;
            }
        }
        out.close();
        assertThat(sink.bytes.toByteArray()).isEqualTo(data);
        assertThat(sink.overlapped).as("two writes at once").isFalse();
        assertThat(sink.closed).as("the caller's stream stays open").isFalse();
        assertThat(sink.flushes).isEqualTo(1);
        if (total > bufferSize) {
            assertThat(sink.writers).contains("partnerbill-export-writer");
        }
    }

    @Test
    void aFailedBackgroundWriteIsThrownByTheNextCallAndEveryCallAfter() throws IOException {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        BackgroundWriteStream out = new BackgroundWriteStream(failing, 4);
        out.write(new byte[] {1, 2, 3, 4}, 0, 4); // fills the buffer: its write fails in the background

        assertThatThrownBy(() -> out.write(new byte[] {5, 6, 7, 8}, 0, 4)).isInstanceOf(IOException.class)
                .hasMessage("Background write failed: No space left on device")
                .hasCauseInstanceOf(IOException.class);
        assertThatThrownBy(out::flush).isInstanceOf(IOException.class)
                .hasMessage("Background write failed: No space left on device");
    }

    @Test
    void anUncheckedFailureOfTheStreamIsRethrownAsItIs() throws IOException {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) {
                throw new IllegalStateException("stream closed by its owner");
            }
        };
        BackgroundWriteStream out = new BackgroundWriteStream(failing, 1);
        out.write(1);
        assertThatThrownBy(out::flush).isInstanceOf(IllegalStateException.class).hasMessage("stream closed by its owner");
    }

    @Provide
    Arbitrary<List<BillLine>> months() {
        return BillingArbitraries.months().hostileText().arbitrary();
    }

    @Property(tries = 10)
    void csvLinesWithBackgroundWritingAreTheSameBytes(@ForAll("months") List<BillLine> month) throws IOException {
        // Repeat the month past 1 MiB, so that full buffers are written in the background.
        List<BillLine> lines = new ArrayList<>();
        while (lines.size() < 8_000 && !month.isEmpty()) {
            lines.addAll(month);
        }
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        long rows = Exporter.csv().writeLines(lines.iterator(), ExportContext.defaults(), direct);
        RecordingStream background = new RecordingStream();
        long backgroundRows = Exporter.csv().writeLines(lines.iterator(),
                ExportContext.defaults().withBackgroundWriting(true), background);

        assertThat(backgroundRows).isEqualTo(rows).isEqualTo(lines.size());
        assertThat(background.bytes.toByteArray()).isEqualTo(direct.toByteArray());
        if (direct.size() > BackgroundWriteStream.BUFFER) {
            assertThat(background.writers).contains("partnerbill-export-writer");
        }
        assertThat(background.overlapped).isFalse();
    }

    @Test
    void backgroundWritingIsOffByDefault() {
        assertThat(ExportContext.defaults().backgroundWriting()).isFalse();
        assertThat(ExportContext.defaults().withBackgroundWriting(true).withProgressInterval(5).backgroundWriting())
                .isTrue();
    }
}
