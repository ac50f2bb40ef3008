package io.partnerbill.core.billing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CycleClosedException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.store.BillingStore;
import java.util.HashMap;
import java.util.Map;

/** The rule every path that appends a line obeys: an issued bill's cycle takes no more lines. */
public final class IssuedCycles {

    private IssuedCycles() {
    }

    private record PartnerCycle(PartnerId partner, BillCycle cycle) {
    }

    /**
     * Refuses a line of an issued cycle; a repeat of a line already stored is still a no-op.
     * Call it inside the transaction that appends the line, before the append.
     *
     * @throws CycleClosedException if the partner's bill of the line's cycle is issued
     */
    public static void refuseLineOfIssuedCycle(BillingStore s, BillLine line) {
        refuse(s, line, issued(s, line.partner(), line.cycle()));
    }

    /**
     * Returns a check for many lines appended in one transaction, which locks and looks up each
     * partner's cycle once (an import of a million lines of one cycle asks once, not per line).
     *
     * @param s the transaction's store, not null
     * @return the check, for this transaction only, not null
     */
    public static Batch batch(BillingStore s) {
        return new Batch(s);
    }

    /** {@link #refuseLineOfIssuedCycle} for the lines of one transaction. Not thread-safe. */
    public static final class Batch {
        private final BillingStore s;
        private final Map<PartnerCycle, Boolean> issued = new HashMap<>();

        private Batch(BillingStore s) {
            this.s = s;
        }

        /**
         * Refuses a line of an issued cycle, as {@link IssuedCycles#refuseLineOfIssuedCycle}.
         *
         * @throws CycleClosedException if the partner's bill of the line's cycle is issued
         */
        public void refuseLineOfIssuedCycle(BillLine line) {
            // The lock is held to the end of the transaction, so the answer cannot change meanwhile.
            refuse(s, line, issued.computeIfAbsent(new PartnerCycle(line.partner(), line.cycle()),
                    k -> issued(s, k.partner(), k.cycle())));
        }
    }

    private static boolean issued(BillingStore s, PartnerId partner, BillCycle cycle) {
        // Held to the end of the caller's transaction: an issue under way finishes first (and
        // the line is refused), or waits until the line is committed (and counts it).
        s.bills().lockCycleForAppend(partner, cycle);
        return s.bills().isIssued(partner, cycle);
    }

    private static void refuse(BillingStore s, BillLine line, boolean issued) {
        if (issued && !s.lines().find(line.orderId()).map(line::equals).orElse(false)) {
            throw new CycleClosedException(line.partner(), line.cycle(), "Cycle " + line.cycle() + " of partner '" + line.partner()
                    + "' is issued; line '" + line.orderId() + "' must go in as an ADJUSTMENT of a later cycle");
        }
    }
}
