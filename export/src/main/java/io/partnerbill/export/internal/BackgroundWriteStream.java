package io.partnerbill.export.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Collects bytes in one buffer while the previous, full buffer is written to the underlying
 * stream on a short-lived background thread, so that formatting rows and the write system call
 * (the kernel's copy into the page cache) run on two cores. At most one write is in flight and
 * only one thread ever writes to the stream at a time; a failed background write is thrown by
 * the next call. Each full buffer gets its own thread, which ends when its write returns, so no
 * thread outlives the export even if the caller abandons it.
 *
 * <p>Not thread-safe; never closes the underlying stream.
 */
public final class BackgroundWriteStream extends OutputStream {

    public static final int BUFFER = 1 << 20;

    private final OutputStream out;
    private byte[] filling;
    private byte[] spare;
    private int count;
    private @Nullable Thread pending;
    private volatile @Nullable Throwable failure;

    public BackgroundWriteStream(OutputStream out, int bufferSize) {
        this.out = out;
        this.filling = new byte[bufferSize];
        this.spare = new byte[bufferSize];
    }

    @Override
    public void write(int b) throws IOException {
        if (count == filling.length) {
            handOff();
        }
        filling[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        int from = offset;
        int left = length;
        while (left > 0) {
            int n = Math.min(left, filling.length - count);
            System.arraycopy(bytes, from, filling, count, n);
            count += n;
            from += n;
            left -= n;
            if (count == filling.length) {
                handOff();
            }
        }
    }

    /** Waits for the write in flight, then starts writing the full buffer and fills the other. */
    private void handOff() throws IOException {
        awaitPending();
        byte[] full = filling;
        int length = count;
        filling = spare;
        spare = full;
        count = 0;
        Thread writer = new Thread(() -> {
            try {
                out.write(full, 0, length);
            } catch (Throwable e) { // handed to the exporting thread, which throws it
                failure = e;
            }
        }, "partnerbill-export-writer");
        writer.setDaemon(true);
        pending = writer;
        writer.start();
    }

    private void awaitPending() throws IOException {
        Thread writer = pending;
        if (writer != null) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting for a background write");
            }
            pending = null;
        }
        Throwable failed = failure;
        if (failed != null) {
            if (failed instanceof IOException io) {
                throw new IOException("Background write failed: " + io.getMessage(), io);
            }
            if (failed instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed instanceof Error error) {
                throw error;
            }
            throw new IOException("Background write failed", failed);
        }
    }

    /** Writes everything held, on the calling thread after the write in flight, and flushes the stream. */
    @Override
    public void flush() throws IOException {
        awaitPending();
        if (count > 0) {
            out.write(filling, 0, count);
            count = 0;
        }
        out.flush();
    }

    /** Flushes; the underlying stream stays open, as exporters never close the caller's stream. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
