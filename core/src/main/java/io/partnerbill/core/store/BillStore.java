package io.partnerbill.core.store;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.IssuedBill;
import java.util.List;
import java.util.Optional;

/** Keeps issued bills, one per partner and cycle. */
public interface BillStore {

    /**
     * Stores a newly issued bill.
     *
     * @param bill the bill, not null
     * @throws io.partnerbill.core.DuplicateKeyException if a bill exists for its partner and cycle, or with its id
     */
    void insert(IssuedBill bill);

    /**
     * Replaces a stored bill by its new version (same id; the computed bill never changes,
     * only what is paid of it).
     *
     * @param bill the new version, not null
     * @throws io.partnerbill.core.UnknownEntityException if no bill has that id
     */
    void update(IssuedBill bill);

    /**
     * Finds a partner's bill of a cycle.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @return the bill, or empty, not null
     */
    Optional<IssuedBill> find(PartnerId partner, BillCycle cycle);

    /**
     * Returns whether a partner's bill of a cycle is issued. Called before every line append,
     * so stores should answer it without loading the bill.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @return true if issued
     */
    default boolean isIssued(PartnerId partner, BillCycle cycle) {
        return find(partner, cycle).isPresent();
    }

    /**
     * Finds a bill by id.
     *
     * @param id the id, not null
     * @return the bill, or empty, not null
     */
    Optional<IssuedBill> find(BillId id);

    /**
     * Lists a partner's bills, oldest cycle first.
     *
     * @param partner the partner, not null
     * @return the bills, not null
     */
    List<IssuedBill> ofPartner(PartnerId partner);
}
