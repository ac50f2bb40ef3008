package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BilledParty;
import io.partnerbill.core.PartnerId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Gives each issued bill its invoice number, and each issued customer statement its statement
 * number (a plug-in of the facade's builder; {@link Context#party()} says which is being issued).
 *
 * <p>The library passes a gap-free sequence: the partner's n-th bill issued in that calendar
 * year (in the billing zone), or the reseller's n-th customer statement issued in that year (one
 * sequence over all its customers), counted inside the issuing transaction, so a failed issue
 * leaves no gap. The {@link #standard() standard} numberer writes {@code PB-2024-000017} for a
 * partner's bill and {@code CS-2024-000017} for a customer's statement.
 */
@FunctionalInterface
public interface InvoiceNumberer {

    /**
     * Returns the number of a bill or statement being issued.
     *
     * @param context who is billed, the cycle, issue instant, year and sequence, not null
     * @return the number, not blank
     */
    String number(Context context);

    /**
     * Returns the standard numberer: {@code PB-<year>-<sequence, six digits>} for a partner's bill,
     * {@code CS-<year>-<sequence, six digits>} for a customer's statement.
     *
     * @return the numberer, not null
     */
    static InvoiceNumberer standard() {
        return c -> String.format(Locale.ROOT, "%s-%04d-%06d", c.party().isCustomer() ? "CS" : "PB", c.year(),
                c.sequence());
    }

    /**
     * What a number may depend on.
     *
     * @param party who is billed: the partner, or a customer of the reseller, not null
     * @param cycle the cycle billed, not null
     * @param issuedAt when the bill or statement is issued, not null
     * @param year the issue year in the billing zone
     * @param sequence 1 for the partner's first bill (the reseller's first statement) issued in that year,
     *     then 2, 3, ... without gaps
     */
    record Context(BilledParty party, BillCycle cycle, Instant issuedAt, int year, long sequence) {

        /** Checks that no component is null. */
        public Context {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(cycle, "cycle");
            Objects.requireNonNull(issuedAt, "issuedAt");
        }

        /**
         * Returns the partner billed, or the reseller who bills its customer.
         *
         * @return the partner, not null
         */
        public PartnerId partner() {
            return party.partner();
        }
    }
}
