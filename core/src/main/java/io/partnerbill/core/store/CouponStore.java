package io.partnerbill.core.store;

import io.partnerbill.core.CouponId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.payment.Coupon;
import java.util.List;
import java.util.Optional;

/** Keeps partners' cash coupons and their balances. */
public interface CouponStore {

    /**
     * Stores a new coupon.
     *
     * @param coupon the coupon, not null
     * @throws io.partnerbill.core.DuplicateKeyException if its id is taken
     */
    void insert(Coupon coupon);

    /**
     * Replaces a coupon by its new version (same id, another balance).
     *
     * @param coupon the new version, not null
     * @throws io.partnerbill.core.UnknownEntityException if no coupon has that id
     */
    void update(Coupon coupon);

    /**
     * Finds a coupon.
     *
     * @param id the id, not null
     * @return the coupon, or empty, not null
     */
    Optional<Coupon> find(CouponId id);

    /**
     * Lists a partner's coupons by end of validity, then id.
     *
     * @param partner the partner, not null
     * @return the coupons, not null
     */
    List<Coupon> ofPartner(PartnerId partner);
}
