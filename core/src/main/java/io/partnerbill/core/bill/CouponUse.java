package io.partnerbill.core.bill;

import io.partnerbill.core.CouponId;
import io.partnerbill.core.money.ExactMoney;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * How much of one cash coupon an issued bill used.
 *
 * @param coupon the coupon, not null
 * @param amount the amount used, positive, not null
 */
public record CouponUse(CouponId coupon, MonetaryAmount amount) {

    /** Checks that no component is null. */
    public CouponUse {
        Objects.requireNonNull(coupon, "coupon");
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String toString() {
        return coupon + " " + ExactMoney.format(amount);
    }
}
