package io.partnerbill.core.payment;

import io.partnerbill.core.CouponId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ValidityPeriod;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A cash coupon granted to a partner: an amount usable on bills issued within its validity
 * period, half-open {@code [validFrom, validUntil)} (see {@link ValidityPeriod}). Issuing bills uses it up to their net settlement and
 * keeps the balance left for later bills.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Coupon {

    private final CouponId id;
    private final PartnerId partner;
    private final MonetaryAmount amount;
    private final MonetaryAmount balance;
    private final ValidityPeriod validity;

    private Coupon(CouponId id, PartnerId partner, MonetaryAmount amount, MonetaryAmount balance, Instant validFrom,
            Instant validUntil) {
        this.id = Objects.requireNonNull(id, "id");
        this.partner = Objects.requireNonNull(partner, "partner");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.balance = Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        ExactMoney.requireCurrency(amount.getCurrency(), balance.getCurrency(), "Balance of coupon '" + id + "'");
        if (ExactMoney.decimal(amount).signum() <= 0) {
            throw new InvalidValueException("Coupon '" + id + "' amount must be positive, was '" + ExactMoney.format(amount) + "'");
        }
        BigDecimal left = ExactMoney.decimal(balance);
        if (left.signum() < 0 || left.compareTo(ExactMoney.decimal(amount)) > 0) {
            throw new InvalidValueException("Coupon '" + id + "' balance must be 0 to " + ExactMoney.format(amount)
                    + ", was '" + ExactMoney.format(balance) + "'");
        }
        if (!validFrom.isBefore(validUntil)) {
            throw new InvalidValueException("Coupon '" + id + "' must be valid from before it is valid until, was "
                    + validFrom + " .. " + validUntil);
        }
        this.validity = ValidityPeriod.of(validFrom, validUntil);
    }

    /**
     * Obtains a new, unused coupon.
     *
     * @param id the id, not null
     * @param partner the partner it is granted to, not null
     * @param amount the amount, positive, not null
     * @param validFrom the first instant a bill may be issued with it, not null
     * @param validUntil the end (exclusive) of its validity, after validFrom, not null
     * @return the coupon, not null
     */
    public static Coupon of(CouponId id, PartnerId partner, MonetaryAmount amount, Instant validFrom, Instant validUntil) {
        return new Coupon(id, partner, amount, amount, validFrom, validUntil);
    }

    /**
     * Restores a coupon with a balance, as a store reads it back.
     *
     * @param id the id, not null
     * @param partner the partner, not null
     * @param amount the original amount, not null
     * @param balance what is left, 0 to amount, not null
     * @param validFrom the start of validity, not null
     * @param validUntil the end (exclusive) of validity, not null
     * @return the coupon, not null
     */
    public static Coupon restore(CouponId id, PartnerId partner, MonetaryAmount amount, MonetaryAmount balance,
            Instant validFrom, Instant validUntil) {
        return new Coupon(id, partner, amount, balance, validFrom, validUntil);
    }

    /**
     * Returns this coupon with some of its balance used.
     *
     * @param used the amount used, 0 to the balance, not null
     * @return the new version, not null
     */
    public Coupon use(MonetaryAmount used) {
        return new Coupon(id, partner, amount, balance.subtract(used), validity.start(), validity.end());
    }

    /**
     * Returns whether a bill issued at an instant may use this coupon.
     *
     * @param at the issue instant, not null
     * @return true if {@code validFrom <= at < validUntil} and a balance is left
     */
    public boolean usableAt(Instant at) {
        return validity.contains(at) && ExactMoney.decimal(balance).signum() > 0;
    }

    /** @return the id, not null */
    public CouponId id() {
        return id;
    }

    /** @return the partner, not null */
    public PartnerId partner() {
        return partner;
    }

    /** @return the original amount, not null */
    public MonetaryAmount amount() {
        return amount;
    }

    /** @return what is left, not null */
    public MonetaryAmount balance() {
        return balance;
    }

    /** @return the first instant of validity, not null */
    public Instant validFrom() {
        return validity.start();
    }

    /** @return the end (exclusive) of validity, not null */
    public Instant validUntil() {
        return validity.end();
    }

    /** @return the validity period {@code [validFrom, validUntil)}, not null */
    public ValidityPeriod validity() {
        return validity;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Coupon o && o.id.equals(id) && o.partner.equals(partner) && ExactMoney.same(o.amount, amount)
                && ExactMoney.same(o.balance, balance) && o.validity.equals(validity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, partner, validity.start(), validity.end());
    }

    @Override
    public String toString() {
        return "Coupon[" + id + " " + partner + " " + ExactMoney.format(balance) + " of " + ExactMoney.format(amount) + ", "
                + validity.start() + " .. " + validity.end() + "]";
    }
}
