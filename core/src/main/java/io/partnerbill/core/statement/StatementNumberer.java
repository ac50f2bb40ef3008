package io.partnerbill.core.statement;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Gives each issued customer statement its number (a plug-in of the facade's builder), like
 * {@link io.partnerbill.core.bill.InvoiceNumberer} does for partner bills but in the reseller's
 * own sequence: the reseller's n-th statement issued in that calendar year (in the billing zone),
 * counted inside the issuing transaction, so a failed issue leaves no gap. The
 * {@link #standard() standard} numberer writes {@code CS-2024-000017}.
 */
@FunctionalInterface
public interface StatementNumberer {

    /**
     * Returns the number of a statement being issued.
     *
     * @param context the reseller, customer, cycle, issue instant, year and sequence, not null
     * @return the number, not blank
     */
    String number(Context context);

    /**
     * Returns the standard numberer: {@code CS-<year>-<sequence, six digits>}.
     *
     * @return the numberer, not null
     */
    static StatementNumberer standard() {
        return c -> String.format(Locale.ROOT, "CS-%04d-%06d", c.year(), c.sequence());
    }

    /**
     * What a statement number may depend on.
     *
     * @param reseller the reseller who bills, not null
     * @param customer the customer billed, not null
     * @param cycle the cycle, not null
     * @param issuedAt the issue instant, not null
     * @param year the issue year in the billing zone
     * @param sequence 1 for the reseller's first statement issued in that year, then 2, 3, ... without gaps
     */
    record Context(PartnerId reseller, CustomerId customer, BillCycle cycle, Instant issuedAt, int year, long sequence) {

        /** Checks that no component is null. */
        public Context {
            Objects.requireNonNull(reseller, "reseller");
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(cycle, "cycle");
            Objects.requireNonNull(issuedAt, "issuedAt");
        }
    }
}
