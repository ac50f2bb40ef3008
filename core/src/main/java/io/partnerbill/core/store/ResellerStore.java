package io.partnerbill.core.store;

import io.partnerbill.core.PartnerId;
import io.partnerbill.core.reseller.Reseller;
import java.util.List;
import java.util.Optional;

/** Keeps the partners enrolled in the reseller program, with their application history. */
public interface ResellerStore {

    /**
     * Stores a newly enrolled reseller.
     *
     * @param reseller the reseller, not null
     * @throws io.partnerbill.core.DuplicateKeyException if that partner is stored already
     */
    void insert(Reseller reseller);

    /**
     * Replaces a stored reseller by a new version of it (same partner).
     *
     * @param reseller the new version, not null
     * @throws io.partnerbill.core.UnknownEntityException if that partner is not stored
     */
    void update(Reseller reseller);

    /**
     * Finds a reseller.
     *
     * @param partner the partner, not null
     * @return the reseller, or empty, not null
     */
    Optional<Reseller> find(PartnerId partner);

    /**
     * Lists every reseller, by partner id.
     *
     * @return the resellers, not null
     */
    List<Reseller> list();
}
