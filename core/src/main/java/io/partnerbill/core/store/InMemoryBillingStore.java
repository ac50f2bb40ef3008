package io.partnerbill.core.store;

import java.util.Objects;
import java.util.function.Function;

/** The in-memory {@link BillingStore}: every store shares one lock and one undo log. */
final class InMemoryBillingStore implements BillingStore {

    private final MemoryTx tx = new MemoryTx();
    // Lines and budget charges are both kept by order id: one map for the two.
    private final OrderIndex orders = new OrderIndex();
    private final InMemoryDiscountStore discounts = new InMemoryDiscountStore(tx);
    private final InMemoryLineStore lines = new InMemoryLineStore(tx, orders);
    private final InMemoryBillStore bills = new InMemoryBillStore(tx);
    private final InMemoryPaymentStore payments = new InMemoryPaymentStore(tx);
    private final InMemoryCouponStore coupons = new InMemoryCouponStore(tx);
    private final InMemoryResellerStore resellers = new InMemoryResellerStore(tx);
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore(tx);
    private final InMemoryBudgetStore budgets = new InMemoryBudgetStore(tx, orders);
    private final InMemoryPriceRuleStore priceRules = new InMemoryPriceRuleStore(tx);
    private final InMemoryStatementStore statements = new InMemoryStatementStore(tx, lines);
    private final InMemoryExportTaskStore exportTasks = new InMemoryExportTaskStore(tx);
    private final InMemoryInvoiceCounterStore invoiceCounters = new InMemoryInvoiceCounterStore(tx);

    @Override
    public DiscountStore discounts() {
        return discounts;
    }

    @Override
    public LineStore lines() {
        return lines;
    }

    @Override
    public BillStore bills() {
        return bills;
    }

    @Override
    public PaymentStore payments() {
        return payments;
    }

    @Override
    public CouponStore coupons() {
        return coupons;
    }

    @Override
    public ResellerStore resellers() {
        return resellers;
    }

    @Override
    public CustomerStore customers() {
        return customers;
    }

    @Override
    public BudgetStore budgets() {
        return budgets;
    }

    @Override
    public PriceRuleStore priceRules() {
        return priceRules;
    }

    @Override
    public StatementStore statements() {
        return statements;
    }

    @Override
    public ExportTaskStore exportTasks() {
        return exportTasks;
    }

    @Override
    public InvoiceCounterStore invoiceCounters() {
        return invoiceCounters;
    }

    @Override
    public <T> T inTransaction(Function<? super BillingStore, T> work) {
        Objects.requireNonNull(work, "work");
        return tx.inTransaction(() -> work.apply(this));
    }

    @Override
    public String toString() {
        return "InMemoryBillingStore";
    }
}
