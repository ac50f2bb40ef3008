package io.partnerbill.export.format;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.billing.LineBook;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillLine;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The lines behind a bill, handed to an {@link io.partnerbill.export.Exporter} that reads them while it writes the
 * bill (the HTML report draws the month's daily expenditure and lists its refunds from them).
 * A source streams: each {@link #scan} passes the lines to the action one at a time and keeps
 * none of them, so an exporter's memory depends on what it aggregates, not on the line count.
 *
 * <p>A source is lazy: an exporter that does not need lines never scans it, and nothing is
 * read. An exporter scans a source at most once per bill it writes.
 */
@FunctionalInterface
public interface LineSource {

    /**
     * Passes every line to the action, one at a time, in the source's order.
     *
     * @param action receives each line, not null
     */
    void scan(Consumer<? super BillLine> action);

    /**
     * Returns a source without lines, for a bill whose lines are not at hand.
     *
     * @return the source, not null
     */
    static LineSource none() {
        return action -> Objects.requireNonNull(action, "action");
    }

    /**
     * Returns a source of the lines an iterable yields; each scan iterates it again.
     *
     * @param lines the lines, not null
     * @return the source, not null
     */
    static LineSource of(Iterable<? extends BillLine> lines) {
        Objects.requireNonNull(lines, "lines");
        return action -> {
            Objects.requireNonNull(action, "action");
            for (BillLine line : lines) {
                action.accept(line);
            }
        };
    }

    /**
     * Returns a source that streams a partner's lines of a cycle from a line book
     * ({@link LineBook#scan}) each time it is scanned.
     *
     * @param book the line book, such as {@code billing.lines()}, not null
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @return the source, not null
     */
    static LineSource of(LineBook book, PartnerId partner, BillCycle cycle) {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cycle, "cycle");
        return action -> book.scan(partner, cycle, Objects.requireNonNull(action, "action"));
    }
}
