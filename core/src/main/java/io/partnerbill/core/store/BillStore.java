package io.partnerbill.core.store;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.MonthlyBill;
import java.util.List;
import java.util.Optional;

/** Keeps monthly bills, one per partner and cycle. */
public interface BillStore {

    /**
     * Stores a bill; idempotent on partner and cycle.
     *
     * @param bill the bill, not null
     * @return APPENDED, or ALREADY_PRESENT when an equal bill is stored, not null
     * @throws io.partnerbill.core.DuplicateKeyException if a different bill is stored for that partner and cycle
     */
    AppendOutcome save(MonthlyBill bill);

    /**
     * Finds a partner's bill of a cycle.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @return the bill, or empty, not null
     */
    Optional<MonthlyBill> find(PartnerId partner, BillCycle cycle);

    /**
     * Lists a partner's bills, oldest cycle first.
     *
     * @param partner the partner, not null
     * @return the bills, not null
     */
    List<MonthlyBill> ofPartner(PartnerId partner);
}
