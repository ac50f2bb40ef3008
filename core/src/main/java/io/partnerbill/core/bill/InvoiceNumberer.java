package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import java.time.Instant;
import java.util.Objects;

/**
 * Gives each issued bill its invoice number (a plug-in of the facade's builder).
 *
 * <p>The library passes a gap-free sequence: the partner's n-th bill issued in that calendar
 * year (in the billing zone), counted inside the issuing transaction, so a failed issue leaves
 * no gap. The {@link #standard() standard} numberer writes {@code PB-2024-000017}.
 */
@FunctionalInterface
public interface InvoiceNumberer {

    /**
     * Returns the invoice number of a bill being issued.
     *
     * @param context the partner, cycle, issue instant, year and sequence, not null
     * @return the invoice number, not blank
     */
    String number(Context context);

    /**
     * Returns the standard numberer: {@code PB-<year>-<sequence, six digits>}.
     *
     * @return the numberer, not null
     */
    static InvoiceNumberer standard() {
        return c -> String.format(java.util.Locale.ROOT, "PB-%04d-%06d", c.year(), c.sequence());
    }

    /**
     * What an invoice number may depend on.
     *
     * @param partner the partner billed, not null
     * @param cycle the cycle billed, not null
     * @param issuedAt when the bill is issued, not null
     * @param year the issue year in the billing zone
     * @param sequence 1 for the partner's first bill issued in that year, then 2, 3, ... without gaps
     */
    record Context(PartnerId partner, BillCycle cycle, Instant issuedAt, int year, long sequence) {

        /** Checks that no component is null. */
        public Context {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(cycle, "cycle");
            Objects.requireNonNull(issuedAt, "issuedAt");
        }
    }
}
