package io.partnerbill.core.store;

import java.util.function.Function;

/**
 * Every store a {@code PartnerBilling} uses, and the transaction that spans them.
 *
 * <p>Implementations: {@link #inMemory()} here; a JDBC one in {@code partnerbill-jdbc}; users'
 * own, which prove themselves against the abstract contract tests of the test-jar.
 */
public interface BillingStore {

    /** @return the discount store, not null */
    DiscountStore discounts();

    /** @return the line store, not null */
    LineStore lines();

    /** @return the issued-bill store, not null */
    BillStore bills();

    /** @return the payment store, not null */
    PaymentStore payments();

    /** @return the coupon store, not null */
    CouponStore coupons();

    /**
     * Returns the store of the reseller program.
     *
     * @return the reseller store, not null
     */
    ResellerStore resellers();

    /**
     * Returns the store of resellers' customers.
     *
     * @return the customer store, not null
     */
    CustomerStore customers();

    /**
     * Returns the store of customers' budgets.
     *
     * @return the budget store, not null
     */
    BudgetStore budgets();

    /**
     * Returns the store of the resellers' repricing rules. The default throws, so that stores
     * written before customer statements existed still compile; every store of this library
     * overrides it.
     *
     * @return the price-rule store, not null
     * @throws UnsupportedOperationException if this store keeps no price rules
     */
    default PriceRuleStore priceRules() {
        throw new UnsupportedOperationException(getClass().getName() + " keeps no price rules: implement priceRules()");
    }

    /**
     * Returns the store of issued customer statements and customer payments. The default throws,
     * like {@link #priceRules()}.
     *
     * @return the statement store, not null
     * @throws UnsupportedOperationException if this store keeps no statements
     */
    default StatementStore statements() {
        throw new UnsupportedOperationException(getClass().getName() + " keeps no customer statements: implement statements()");
    }

    /**
     * Returns the store of export tasks: the export history. The default throws, like
     * {@link #priceRules()}: a store that is never given to an export service need not keep one.
     *
     * @return the export-task store, not null
     * @throws UnsupportedOperationException if this store keeps no export history
     */
    default ExportTaskStore exportTasks() {
        throw new UnsupportedOperationException(getClass().getName() + " keeps no export history: implement exportTasks()");
    }

    /**
     * Returns the counters of invoice numbers per issuer, which
     * {@code InvoiceNumbering.perIssuer(..)} takes numbers from. The default throws, like
     * {@link #priceRules()}: a store used with the per-partner numbering need not keep them.
     *
     * @return the counter store, not null
     * @throws UnsupportedOperationException if this store keeps no invoice counters
     */
    default InvoiceCounterStore invoiceCounters() {
        throw new UnsupportedOperationException(getClass().getName() + " keeps no invoice counters: implement invoiceCounters()");
    }

    /**
     * Runs work as one transaction: either every write it makes through this store's stores
     * on the calling thread takes effect, or, when it throws, none does and the exception
     * propagates. Transactions may nest; the outermost one commits.
     *
     * @param <T> the result type
     * @param work the work, given this store, not null
     * @return the work's result
     */
    <T> T inTransaction(Function<? super BillingStore, T> work);

    /**
     * Returns a store that keeps its bill lines in {@code lines} and everything else in this
     * store, inside this store's transactions: for lines that live elsewhere (a file, a column
     * store) beside a database that holds the rest.
     *
     * @param lines the line store to use instead of {@link #lines()}, not null
     * @return the combined store, not null
     */
    default BillingStore withLines(LineStore lines) {
        return new WithLines(this, lines);
    }

    /**
     * Returns a new, empty, thread-safe store that keeps everything in memory. Writes are
     * serialized; a transaction that throws is rolled back.
     *
     * @return the store, not null
     */
    static BillingStore inMemory() {
        return new InMemoryBillingStore();
    }
}
