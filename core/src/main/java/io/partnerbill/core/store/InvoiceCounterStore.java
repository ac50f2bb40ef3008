package io.partnerbill.core.store;

import io.partnerbill.core.Issuer;

/**
 * The counters invoice numbers are taken from: one per issuer and series.
 */
public interface InvoiceCounterStore {

    /**
     * Takes the next number of a counter: 1 the first time, then 2, 3, ... Inside a transaction
     * the counter stays held until it ends, so concurrent issuers of the same counter wait, and a
     * transaction that rolls back gives its number back: the numbers taken by committed
     * transactions run without gaps.
     *
     * @param issuer the issuer, not null
     * @param counter the counter's name, 1 to 64 characters, not null
     * @return the number taken, 1 or more
     */
    long next(Issuer issuer, String counter);
}
