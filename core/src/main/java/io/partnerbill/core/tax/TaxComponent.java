package io.partnerbill.core.tax;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * One named tax on a bill (VAT, GST, CGST, SGST, UTGST, IGST, ...): its rate in percent, the
 * base it was charged on and the rounded amount; or a zero-rated component that carries the
 * reason it is zero ("reverse charge", "export under LUT") instead of vanishing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TaxComponent {

    private final String name;
    private final BigDecimal ratePercent;
    private final MonetaryAmount base;
    private final MonetaryAmount amount;
    private final @Nullable String zeroRatingReason;

    private TaxComponent(String name, BigDecimal ratePercent, MonetaryAmount base, MonetaryAmount amount,
            @Nullable String zeroRatingReason) {
        this.name = name;
        this.ratePercent = ratePercent;
        this.base = base;
        this.amount = amount;
        this.zeroRatingReason = zeroRatingReason;
    }

    /**
     * Obtains a charged component.
     *
     * @param name the tax's name, such as "CGST", not blank
     * @param ratePercent the rate in percent, such as 9 for 9 %, 0 or more, not null
     * @param base the amount the rate was applied to, not null
     * @param amount the tax, already rounded by the policy, in the base's currency, not null
     * @return the component, not null
     */
    public static TaxComponent of(String name, BigDecimal ratePercent, MonetaryAmount base, MonetaryAmount amount) {
        checkName(name);
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(amount, "amount");
        if (ratePercent.signum() < 0) {
            throw new InvalidValueException("Tax rate of '" + name + "' must not be negative, was '" + ratePercent.toPlainString() + "'");
        }
        ExactMoney.requireCurrency(base.getCurrency(), amount.getCurrency(), "Tax '" + name + "'");
        return new TaxComponent(name, ratePercent, base, amount, null);
    }

    /**
     * Obtains a zero-rated component: rate 0, amount 0, and the reason.
     *
     * @param name the tax's name, such as "IGST" or "VAT", not blank
     * @param base the amount that was not taxed, not null
     * @param reason why it is zero, such as "reverse charge", not blank
     * @return the component, not null
     */
    public static TaxComponent zeroRated(String name, MonetaryAmount base, String reason) {
        checkName(name);
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new InvalidValueException("Zero-rated tax '" + name + "' needs a reason, was '" + reason + "'");
        }
        return new TaxComponent(name, BigDecimal.ZERO, base,
                ExactMoney.monetary(BigDecimal.ZERO, base.getCurrency()), reason);
    }

    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidValueException("Tax name must not be blank, was '" + name + "'");
        }
    }

    /** @return the tax's name, not null */
    public String name() {
        return name;
    }

    /** @return the rate in percent (9 for 9 %), not null */
    public BigDecimal ratePercent() {
        return ratePercent;
    }

    /** @return the base the rate was applied to, not null */
    public MonetaryAmount base() {
        return base;
    }

    /** @return the tax amount, not null */
    public MonetaryAmount amount() {
        return amount;
    }

    /** @return why this component is zero, or empty for a charged component, not null */
    public Optional<String> zeroRatingReason() {
        return Optional.ofNullable(zeroRatingReason);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TaxComponent o && o.name.equals(name)
                && o.ratePercent.compareTo(ratePercent) == 0
                && ExactMoney.decimal(o.base).compareTo(ExactMoney.decimal(base)) == 0
                && ExactMoney.decimal(o.amount).compareTo(ExactMoney.decimal(amount)) == 0
                && o.amount.getCurrency().equals(amount.getCurrency())
                && Objects.equals(o.zeroRatingReason, zeroRatingReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, ratePercent.stripTrailingZeros(), zeroRatingReason);
    }

    @Override
    public String toString() {
        return name + " " + ratePercent.toPlainString() + "% of " + ExactMoney.format(base) + " = " + ExactMoney.format(amount)
                + (zeroRatingReason == null ? "" : " (" + zeroRatingReason + ")");
    }
}
