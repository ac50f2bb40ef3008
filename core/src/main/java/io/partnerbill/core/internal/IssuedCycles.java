package io.partnerbill.core.internal;

import io.partnerbill.core.CycleClosedException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.store.BillingStore;

/** The rule every path that appends a line obeys: an issued bill's cycle takes no more lines. */
public final class IssuedCycles {

    private IssuedCycles() {
    }

    /**
     * Refuses a line of an issued cycle; a repeat of a line already stored is still a no-op.
     * Call it inside the transaction that appends the line, before the append.
     *
     * @throws CycleClosedException if the partner's bill of the line's cycle is issued
     */
    public static void refuseLineOfIssuedCycle(BillingStore s, BillLine line) {
        // Held to the end of the caller's transaction: an issue under way finishes first (and
        // this refuses), or waits until this line is committed (and counts it).
        s.bills().lockCycleForAppend(line.partner(), line.cycle());
        if (s.bills().isIssued(line.partner(), line.cycle())
                && !s.lines().find(line.orderId()).map(line::equals).orElse(false)) {
            throw new CycleClosedException("Cycle " + line.cycle() + " of partner '" + line.partner()
                    + "' is issued; line '" + line.orderId() + "' must go in as an ADJUSTMENT of a later cycle");
        }
    }
}
