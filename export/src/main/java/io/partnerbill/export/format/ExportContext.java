package io.partnerbill.export.format;

import io.partnerbill.core.BillingCalendar;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * What an {@link io.partnerbill.export.Exporter} may need besides the data: the {@link NameDirectory} for display
 * names, the {@link BillingCalendar} whose zone decides the day of a line (Beijing unless
 * {@link #withCalendar}), and a callback told how many rows were written (every {@link #progressInterval()}
 * rows and once at the end).
 *
 * <p>This class is immutable and thread-safe when its directory and callback are.
 */
public final class ExportContext {

    private static final ExportContext DEFAULTS = new ExportContext(NameDirectory.none(),
            BillingCalendar.beijing(), rows -> { }, 10_000, false);

    private final NameDirectory names;
    private final BillingCalendar calendar;
    private final LongConsumer rowsWritten;
    private final int progressInterval;
    private final boolean backgroundWriting;

    private ExportContext(NameDirectory names, BillingCalendar calendar, LongConsumer rowsWritten,
            int progressInterval, boolean backgroundWriting) {
        this.names = names;
        this.calendar = calendar;
        this.rowsWritten = rowsWritten;
        this.progressInterval = progressInterval;
        this.backgroundWriting = backgroundWriting;
    }

    /**
     * Returns the context with no names, the Beijing billing calendar and no progress callback.
     *
     * @return the context, not null
     */
    public static ExportContext defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with a name directory.
     *
     * @param names the directory, not null
     * @return the new context, not null
     */
    public ExportContext withNames(NameDirectory names) {
        return new ExportContext(Objects.requireNonNull(names, "names"), calendar, rowsWritten,
                progressInterval, backgroundWriting);
    }

    /**
     * Returns a copy with a billing calendar: its zone decides on which day of the cycle a line's
     * transaction instant falls (the HTML report's daily chart). {@link io.partnerbill.export.tasks.ExportService} passes
     * the facade's calendar.
     *
     * @param calendar the calendar, not null
     * @return the new context, not null
     */
    public ExportContext withCalendar(BillingCalendar calendar) {
        return new ExportContext(names, Objects.requireNonNull(calendar, "calendar"), rowsWritten, progressInterval,
                backgroundWriting);
    }

    /**
     * Returns a copy with a progress callback, which receives the rows written so far.
     *
     * @param rowsWritten the callback, not null
     * @return the new context, not null
     */
    public ExportContext withProgress(LongConsumer rowsWritten) {
        return new ExportContext(names, calendar, Objects.requireNonNull(rowsWritten, "rowsWritten"),
                progressInterval, backgroundWriting);
    }

    /**
     * Returns a copy that reports progress every so many rows.
     *
     * @param progressInterval the rows between two reports, 1 or more
     * @return the new context, not null
     * @throws io.partnerbill.core.InvalidValueException if the interval is less than 1
     */
    public ExportContext withProgressInterval(int progressInterval) {
        if (progressInterval < 1) {
            throw new io.partnerbill.core.InvalidValueException("Progress interval must be at least 1 row, was '"
                    + progressInterval + "'");
        }
        return new ExportContext(names, calendar, rowsWritten, progressInterval, backgroundWriting);
    }

    /**
     * Returns a copy that writes line exports (the CSV bill details) in the background: while
     * the exporting thread formats the next 1 MiB of rows, the previous 1 MiB is written to the
     * stream on a short-lived thread of its own, so formatting and the stream's writes use two
     * cores (benchmark B3 on two cores, to a file: 1.4× the rows per second at 1M rows, 1.1× at
     * 10M rows, where the disk sets the pace). Off by default: an export then runs wholly on the
     * calling thread. The stream must accept writes
     * from a thread other than the one that opened it, one at a time (file and socket streams do).
     *
     * @param backgroundWriting whether to write in the background
     * @return the new context, not null
     */
    public ExportContext withBackgroundWriting(boolean backgroundWriting) {
        return new ExportContext(names, calendar, rowsWritten, progressInterval, backgroundWriting);
    }

    /** @return whether line exports write in the background, see {@link #withBackgroundWriting} */
    public boolean backgroundWriting() {
        return backgroundWriting;
    }

    /** @return the name directory, not null */
    public NameDirectory names() {
        return names;
    }

    /** @return the billing calendar, not null */
    public BillingCalendar calendar() {
        return calendar;
    }

    /** @return the rows between two progress reports */
    public int progressInterval() {
        return progressInterval;
    }

    /**
     * Tells the progress callback how many rows were written; exporters call it every
     * {@link #progressInterval()} rows and after the last row.
     *
     * @param rows the rows written so far
     */
    public void reportRows(long rows) {
        rowsWritten.accept(rows);
    }

    /**
     * Reports progress when {@code rows} is a multiple of the {@link #progressInterval()}: a
     * format calls it after each row it writes.
     *
     * @param rows the rows written so far
     */
    public void rowWritten(long rows) {
        if (rows % progressInterval == 0) {
            rowsWritten.accept(rows);
        }
    }
}
