package io.partnerbill.core.store;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Keeps bill lines, one per order id. */
public interface LineStore {

    /**
     * Appends a line; idempotent on the order id.
     *
     * @param line the line, not null
     * @return APPENDED, or ALREADY_PRESENT when an equal line is stored, not null
     * @throws io.partnerbill.core.DuplicateKeyException if a different line has that order id
     */
    AppendOutcome append(BillLine line);

    /**
     * Appends lines in order, as {@link #append} each, in the caller's transaction: a refused
     * line fails the call, and the caller's transaction then stores none of them. The default
     * appends them one by one; the JDBC store copies them in bulk (PostgreSQL's {@code COPY},
     * batched inserts elsewhere).
     *
     * @param lines the lines, not null; a repeat of an order id with an equal line counts as already present
     * @return how many were new and how many already present, not null
     * @throws io.partnerbill.core.DuplicateKeyException if a different line has the order id of one of them
     */
    default AppendCounts appendAll(List<BillLine> lines) {
        int appended = 0;
        for (BillLine line : lines) {
            if (append(line) == AppendOutcome.APPENDED) {
                appended++;
            }
        }
        return new AppendCounts(appended, lines.size() - appended);
    }

    /**
     * Finds the line of an order.
     *
     * @param orderId the order id, not null
     * @return the line, or empty, not null
     */
    Optional<BillLine> find(OrderId orderId);

    /**
     * Passes a partner's lines of a cycle to an action, in the order they were appended,
     * without collecting them first (so a month of millions of lines streams).
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param action receives each line, not null
     */
    void scan(PartnerId partner, BillCycle cycle, Consumer<? super BillLine> action);

    /**
     * Adds a partner's lines of a cycle, those of the accumulator's partner and cycle, to the
     * accumulator: what calculating and issuing a bill read. The default scans the lines; a
     * store that can read only the figures a bill sums overrides it (the JDBC store reads nine
     * columns into {@link io.partnerbill.core.bill.BillLineColumns} batches instead of building
     * every line). Either way the lines are summed apart and merged at the end, so a failure
     * leaves the accumulator as it was.
     *
     * @param accumulator the accumulator, not null
     * @throws io.partnerbill.core.CurrencyMismatchException if a line is not in the accumulator's currency
     */
    default void sumInto(BillAccumulator accumulator) {
        sumMatching(accumulator, line -> true);
    }

    /**
     * As {@link #sumInto(BillAccumulator)}, only the lines whose transaction time is before an
     * instant: what the estimate of a running cycle reads. The default scans the lines; the JDBC
     * store filters and sums them on its cursor as it does the whole cycle.
     *
     * @param accumulator the accumulator, not null
     * @param before the end of the lines to sum, exclusive, not null
     * @throws io.partnerbill.core.CurrencyMismatchException if a line is not in the accumulator's currency
     */
    default void sumInto(BillAccumulator accumulator, Instant before) {
        Objects.requireNonNull(before, "before");
        sumMatching(accumulator, line -> line.transactionTime().isBefore(before));
    }

    private void sumMatching(BillAccumulator accumulator, Predicate<BillLine> wanted) {
        BillAccumulator lines = BillAccumulator.create(accumulator.partner(), accumulator.cycle(), accumulator.currency());
        scan(accumulator.partner(), accumulator.cycle(), line -> {
            if (wanted.test(line)) {
                lines.add(line);
            }
        });
        accumulator.merge(lines);
    }

    /**
     * Counts a partner's lines of a cycle.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @return the number of lines
     */
    long count(PartnerId partner, BillCycle cycle);

    /**
     * Lists a partner's lines of a cycle, in the order they were appended.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @return the lines, not null
     */
    default List<BillLine> lines(PartnerId partner, BillCycle cycle) {
        List<BillLine> lines = new ArrayList<>();
        scan(partner, cycle, lines::add);
        return lines;
    }

    /**
     * Lists one customer's lines of a partner's cycle, in the order they were appended.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param customer the customer, not null
     * @return the lines, not null
     */
    default List<BillLine> lines(PartnerId partner, BillCycle cycle, CustomerId customer) {
        List<BillLine> lines = new ArrayList<>();
        scan(partner, cycle, line -> {
            if (line.customer().equals(customer)) {
                lines.add(line);
            }
        });
        return lines;
    }
}
