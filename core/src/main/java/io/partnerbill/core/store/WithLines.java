package io.partnerbill.core.store;

import java.util.Objects;
import java.util.function.Function;

/** A store whose lines come from another line store; see {@link BillingStore#withLines}. */
final class WithLines implements BillingStore {

    private final BillingStore base;
    private final LineStore lines;

    WithLines(BillingStore base, LineStore lines) {
        this.base = Objects.requireNonNull(base, "base");
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    @Override
    public LineStore lines() {
        return lines;
    }

    @Override
    public DiscountStore discounts() {
        return base.discounts();
    }

    @Override
    public BillStore bills() {
        return base.bills();
    }

    @Override
    public PaymentStore payments() {
        return base.payments();
    }

    @Override
    public CouponStore coupons() {
        return base.coupons();
    }

    @Override
    public ResellerStore resellers() {
        return base.resellers();
    }

    @Override
    public CustomerStore customers() {
        return base.customers();
    }

    @Override
    public BudgetStore budgets() {
        return base.budgets();
    }

    @Override
    public PriceRuleStore priceRules() {
        return base.priceRules();
    }

    @Override
    public StatementStore statements() {
        return base.statements();
    }

    @Override
    public ExportTaskStore exportTasks() {
        return base.exportTasks();
    }

    @Override
    public InvoiceCounterStore invoiceCounters() {
        return base.invoiceCounters();
    }

    @Override
    public <T> T inTransaction(Function<? super BillingStore, T> work) {
        Objects.requireNonNull(work, "work");
        // The work sees this combination, bound to the transaction the base store hands out.
        return base.inTransaction(s -> work.apply(s == base ? this : new WithLines(s, lines)));
    }

    @Override
    public String toString() {
        return base + " with lines from " + lines;
    }
}
