package io.partnerbill.core.billing;

import io.partnerbill.core.CouponId;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Coupon;
import io.partnerbill.core.store.BillingStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The cash coupons of a {@link PartnerBilling}'s partners. Issuing a bill uses the coupons
 * valid at that instant, those that expire first first, up to the bill's net settlement.
 * This class is thread-safe.
 */
public final class CouponBook {

    private final BillingStore store;
    private final CurrencyUnit currency;

    CouponBook(BillingStore store, CurrencyUnit currency) {
        this.store = store;
        this.currency = currency;
    }

    /**
     * Grants a coupon.
     *
     * @param coupon the coupon, in the billing currency, not null
     * @return the coupon, not null
     * @throws CurrencyMismatchException if it is in another currency
     * @throws DuplicateKeyException if its id is taken
     */
    public Coupon grant(Coupon coupon) {
        Objects.requireNonNull(coupon, "coupon");
        ExactMoney.requireCurrency(currency, coupon.amount().getCurrency(), "Coupon '" + coupon.id() + "'");
        store.coupons().insert(coupon);
        return coupon;
    }

    /**
     * Finds a coupon.
     *
     * @param id the id, not null
     * @return the coupon with its current balance, or empty, not null
     */
    public Optional<Coupon> find(CouponId id) {
        return store.coupons().find(id);
    }

    /**
     * Lists a partner's coupons.
     *
     * @param partner the partner, not null
     * @return the coupons by end of validity, not null
     */
    public List<Coupon> list(PartnerId partner) {
        return store.coupons().ofPartner(partner);
    }

    /**
     * Returns what a bill issued at an instant could use.
     *
     * @param partner the partner, not null
     * @param at the instant, not null
     * @return the sum of the usable balances, not null
     */
    public MonetaryAmount available(PartnerId partner, Instant at) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Coupon c : list(partner)) {
            if (c.usableAt(at)) {
                sum = sum.add(ExactMoney.decimal(c.balance()));
            }
        }
        return ExactMoney.monetary(sum, currency);
    }
}
