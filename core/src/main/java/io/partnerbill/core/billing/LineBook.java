package io.partnerbill.core.billing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.CycleClosedException;
import io.partnerbill.core.CycleMismatchException;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.store.AppendCounts;
import io.partnerbill.core.store.AppendOutcome;
import io.partnerbill.core.store.BillingStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.money.CurrencyUnit;

/**
 * The bill lines of a {@link PartnerBilling}: append them (idempotently, per order id) and
 * read them back by cycle or customer.
 *
 * <p>Every line must be in the facade's currency and its transaction instant must lie in its
 * cycle in the billing zone. This class is thread-safe.
 */
public final class LineBook {

    private final BillingStore store;
    private final BillingCalendar calendar;
    private final CurrencyUnit currency;

    LineBook(BillingStore store, BillingCalendar calendar, CurrencyUnit currency) {
        this.store = store;
        this.calendar = calendar;
        this.currency = currency;
    }

    /**
     * Appends a line. Appending the same line again changes nothing.
     *
     * @param line the line, not null
     * @return APPENDED, or ALREADY_PRESENT for a repeat, not null
     * @throws CycleMismatchException if its transaction instant is outside its cycle
     * @throws CurrencyMismatchException if it is not in the facade's currency
     * @throws DuplicateKeyException if a different line has its order id
     * @throws CycleClosedException if the partner's bill of that cycle is issued
     */
    public AppendOutcome append(BillLine line) {
        check(line);
        return store.inTransaction(s -> {
            IssuedCycles.refuseLineOfIssuedCycle(s, line);
            return s.lines().append(line);
        });
    }

    /**
     * Appends lines as one transaction: all of them, or, if any is refused, none.
     *
     * @param lines the lines, not null
     * @return how many were new (the rest were already present)
     * @throws PartnerBillingException as {@link #append} does, for the first bad line
     */
    public int appendAll(Iterable<BillLine> lines) {
        return appendBatch(lines).appended();
    }

    /**
     * Appends lines as one transaction, all of them or, if any is refused, none, through the
     * store's bulk path (PostgreSQL's {@code COPY} in the JDBC store). A re-run of the same
     * lines appends nothing and says so. The cycle lock each line's append takes is taken here
     * too, once per partner and cycle: no line slips into a cycle whose bill is being issued.
     *
     * @param lines the lines, not null
     * @return how many were new and how many were already present, not null
     * @throws PartnerBillingException as {@link #append} does, for the first bad line
     */
    public AppendCounts appendBatch(Iterable<BillLine> lines) {
        Objects.requireNonNull(lines, "lines");
        List<BillLine> copy = new ArrayList<>();
        for (BillLine line : lines) {
            check(line);
            copy.add(line);
        }
        return store.inTransaction(s -> {
            IssuedCycles.Batch issued = IssuedCycles.batch(s);
            for (BillLine line : copy) {
                issued.refuseLineOfIssuedCycle(line);
            }
            return s.lines().appendAll(copy);
        });
    }

    private void check(BillLine line) {
        Objects.requireNonNull(line, "line");
        ExactMoney.requireCurrency(currency, line.currency(), "Line '%s'", line.orderId());
        if (!calendar.contains(line.cycle(), line.transactionTime())) {
            throw new CycleMismatchException("Line '" + line.orderId() + "' at " + line.transactionTime()
                    + " does not lie in cycle " + line.cycle() + " (" + calendar.start(line.cycle()) + " .. "
                    + calendar.end(line.cycle()) + " exclusive, " + calendar.zone() + ")");
        }
    }

    /**
     * Finds the line of an order.
     *
     * @param orderId the order, not null
     * @return the line, or empty, not null
     */
    public Optional<BillLine> find(OrderId orderId) {
        return store.lines().find(orderId);
    }

    /**
     * Lists a partner's lines of a cycle, in append order.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @return the lines, not null
     */
    public List<BillLine> ofCycle(PartnerId partner, BillCycle cycle) {
        return store.lines().lines(partner, cycle);
    }

    /**
     * Lists the lines behind one customer's row of a partner's bill, in append order.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param customer the customer, not null
     * @return the lines, not null
     */
    public List<BillLine> ofCustomer(PartnerId partner, BillCycle cycle, CustomerId customer) {
        return store.lines().lines(partner, cycle, Objects.requireNonNull(customer, "customer"));
    }

    /**
     * Streams a partner's lines of a cycle to an action without collecting them.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param action receives each line, not null
     */
    public void scan(PartnerId partner, BillCycle cycle, Consumer<? super BillLine> action) {
        store.lines().scan(partner, cycle, action);
    }

    /**
     * Counts a partner's lines of a cycle.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @return the number of lines
     */
    public long count(PartnerId partner, BillCycle cycle) {
        return store.lines().count(partner, cycle);
    }
}
