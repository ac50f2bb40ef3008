package io.partnerbill.core.store;

import io.partnerbill.core.CouponId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.payment.Coupon;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

final class InMemoryCouponStore implements CouponStore {

    private static final Comparator<Coupon> ORDER = Comparator.comparing(Coupon::validUntil).thenComparing(Coupon::id);

    private final MemoryTx tx;
    private final Map<CouponId, Coupon> byId = new HashMap<>();

    InMemoryCouponStore(MemoryTx tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Coupon coupon) {
        Objects.requireNonNull(coupon, "coupon");
        tx.locked(() -> {
            if (byId.containsKey(coupon.id())) {
                throw new DuplicateKeyException("Coupon '" + coupon.id() + "' already exists");
            }
            byId.put(coupon.id(), coupon);
            tx.onRollback(() -> byId.remove(coupon.id()));
        });
    }

    @Override
    public void update(Coupon coupon) {
        Objects.requireNonNull(coupon, "coupon");
        tx.locked(() -> {
            Coupon old = byId.get(coupon.id());
            if (old == null) {
                throw new UnknownEntityException("Unknown coupon '" + coupon.id() + "'");
            }
            byId.put(coupon.id(), coupon);
            tx.onRollback(() -> byId.put(old.id(), old));
        });
    }

    @Override
    public Optional<Coupon> find(CouponId id) {
        Objects.requireNonNull(id, "id");
        return tx.locked(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public List<Coupon> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.locked(() -> byId.values().stream().filter(c -> c.partner().equals(partner)).sorted(ORDER).toList());
    }
}
