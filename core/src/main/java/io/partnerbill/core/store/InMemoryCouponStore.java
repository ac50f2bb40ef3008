package io.partnerbill.core.store;

import io.partnerbill.core.CouponId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.payment.Coupon;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class InMemoryCouponStore implements CouponStore {

    private static final Comparator<Coupon> ORDER = Comparator.comparing(Coupon::validUntil).thenComparing(Coupon::id);

    private final MemoryTable<CouponId, Coupon> coupons;

    InMemoryCouponStore(MemoryTx tx) {
        this.coupons = new MemoryTable<>(tx, new HashMap<>(), Coupon::id);
    }

    @Override
    public void insert(Coupon coupon) {
        coupons.insert(Objects.requireNonNull(coupon, "coupon"), c -> "Coupon '" + c.id() + "' already exists");
    }

    @Override
    public void update(Coupon coupon) {
        coupons.update(Objects.requireNonNull(coupon, "coupon"), c -> "Unknown coupon '" + c.id() + "'");
    }

    @Override
    public Optional<Coupon> find(CouponId id) {
        return coupons.find(Objects.requireNonNull(id, "id"));
    }

    @Override
    public List<Coupon> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return coupons.where(c -> c.partner().equals(partner)).stream().sorted(ORDER).toList();
    }
}
