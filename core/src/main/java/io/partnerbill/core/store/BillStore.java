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
     * Holds a partner's cycle open for an append until the calling transaction ends: the
     * cycle's issue ({@link #lockCycleForIssue}) waits for it, and it waits for an issue under
     * way, so that a line that passed "not issued" is counted by the bill, or refused. Appends
     * of one cycle must not wait for each other (a shared lock). Called inside a transaction,
     * before {@link #isIssued}, by every path that appends a line.
     *
     * <p>The default does nothing, which is right for a store whose transactions run one at a
     * time (the in-memory store); a store whose transactions run concurrently overrides it.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     */
    default void lockCycleForAppend(PartnerId partner, BillCycle cycle) {
    }

    /**
     * Locks a partner's cycle for its issue until the calling transaction ends: waits for the
     * appends holding it ({@link #lockCycleForAppend}) and for another issue of it, and keeps
     * new ones waiting. Called inside the issuing transaction before it reads anything. The
     * default does nothing, as for {@link #lockCycleForAppend}.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     */
    default void lockCycleForIssue(PartnerId partner, BillCycle cycle) {
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
