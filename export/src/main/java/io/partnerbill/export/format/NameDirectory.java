package io.partnerbill.export.format;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import java.util.Optional;

/**
 * Looks up the display names that the operator's bill-details layout shows but a
 * {@link io.partnerbill.core.bill.BillLine} does not keep (Customer Name, Account Name,
 * Partner Name, Partner Account Name). Every method defaults to empty, so an implementation
 * overrides only what it knows; {@link #none()} knows nothing.
 *
 * <p>Exports call it once per line; implementations should answer from memory or a cache and
 * be thread-safe if the exporter is shared between threads.
 */
public interface NameDirectory {

    /**
     * Returns a directory that knows no name: every name column is written empty.
     *
     * @return the directory, not null
     */
    static NameDirectory none() {
        return new NameDirectory() {
        };
    }

    /**
     * Returns the customer's display name.
     *
     * @param customer the customer, not null
     * @return the name, or empty, not null
     */
    default Optional<String> customerName(CustomerId customer) {
        return Optional.empty();
    }

    /**
     * Returns the customer's account name.
     *
     * @param customer the customer, not null
     * @return the name, or empty, not null
     */
    default Optional<String> accountName(CustomerId customer) {
        return Optional.empty();
    }

    /**
     * Returns the partner's display name.
     *
     * @param partner the partner, not null
     * @return the name, or empty, not null
     */
    default Optional<String> partnerName(PartnerId partner) {
        return Optional.empty();
    }

    /**
     * Returns the partner's account name.
     *
     * @param partner the partner, not null
     * @return the name, or empty, not null
     */
    default Optional<String> partnerAccountName(PartnerId partner) {
        return Optional.empty();
    }
}
