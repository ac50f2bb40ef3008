package io.partnerbill.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * How an amount is rounded: to a fixed number of decimals or to the currency's own fraction
 * digits, with a {@link RoundingMode}.
 *
 * <p>partnerbill never rounds with an implicit default; every rounding step takes one of
 * these. {@link #BILL_TOTAL} (HALF_UP to the currency: 2 decimals for USD, 0 for JPY) rounds
 * bill totals, {@link #LINE} (HALF_UP to 8 decimals) settlement amounts of lines.
 * The canonical text is {@code "HALF_UP@currency"} or {@code "HALF_EVEN@2"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundingPolicy {

    /** HALF_UP to the currency's fraction digits: how bill totals round. */
    public static final RoundingPolicy BILL_TOTAL = ofCurrencyScale(RoundingMode.HALF_UP);
    /** HALF_UP to 8 decimals: how a line's settlement amount rounds. */
    public static final RoundingPolicy LINE = ofScale(8, RoundingMode.HALF_UP);

    private static final int CURRENCY_SCALE = -1;
    private static final int MAX_SCALE = 18;

    private final int scale;
    private final RoundingMode mode;

    private RoundingPolicy(int scale, RoundingMode mode) {
        this.scale = scale;
        this.mode = mode;
    }

    /**
     * Obtains a policy that rounds to the fraction digits of the amount's currency.
     *
     * @param mode the rounding mode, not null, not {@code UNNECESSARY}
     * @return the policy, not null
     */
    public static RoundingPolicy ofCurrencyScale(RoundingMode mode) {
        return new RoundingPolicy(CURRENCY_SCALE, checkMode(mode));
    }

    /**
     * Obtains a policy that rounds to a fixed number of decimals (0 rounds to whole units,
     * as India's returns round to the rupee).
     *
     * @param scale the decimals, 0 to 18
     * @param mode the rounding mode, not null, not {@code UNNECESSARY}
     * @return the policy, not null
     */
    public static RoundingPolicy ofScale(int scale, RoundingMode mode) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new InvalidValueException("Rounding scale must be 0 to " + MAX_SCALE + ", was '" + scale + "'");
        }
        return new RoundingPolicy(scale, checkMode(mode));
    }

    private static RoundingMode checkMode(RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        if (mode == RoundingMode.UNNECESSARY) {
            throw new InvalidValueException("Rounding mode must round, was 'UNNECESSARY'");
        }
        return mode;
    }

    /**
     * Parses the form produced by {@link #toString()}: {@code "HALF_UP@currency"} or {@code "DOWN@0"}.
     *
     * @param text the text, not null
     * @return the policy, not null
     * @throws InvalidValueException if the text is not of that form
     */
    public static RoundingPolicy parse(CharSequence text) {
        String s = text.toString();
        int at = s.indexOf('@');
        if (at < 0) {
            throw new InvalidValueException("Rounding policy must look like 'HALF_UP@currency' or 'HALF_UP@2', was '" + s + "'");
        }
        RoundingMode mode;
        try {
            mode = RoundingMode.valueOf(s.substring(0, at));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("Unknown rounding mode in '" + s + "'");
        }
        String scalePart = s.substring(at + 1);
        if (scalePart.equals("currency")) {
            return ofCurrencyScale(mode);
        }
        try {
            return ofScale(Integer.parseInt(scalePart), mode);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Rounding scale must be a number or 'currency', was '" + s + "'");
        }
    }

    /**
     * Returns the fixed scale, or empty when the policy follows the currency.
     *
     * @return the scale, not null
     */
    public OptionalInt fixedScale() {
        return scale == CURRENCY_SCALE ? OptionalInt.empty() : OptionalInt.of(scale);
    }

    /**
     * Returns the rounding mode.
     *
     * @return the mode, not null
     */
    public RoundingMode mode() {
        return mode;
    }

    /**
     * Returns the scale this policy rounds an amount of the currency to.
     *
     * @param currency the currency, not null
     * @return the number of decimals, 0 or more
     */
    public int scaleFor(CurrencyUnit currency) {
        return scale == CURRENCY_SCALE ? Math.max(0, currency.getDefaultFractionDigits()) : scale;
    }

    /**
     * Rounds a decimal of the given currency.
     *
     * @param value the value, not null
     * @param currency its currency, not null
     * @return the rounded value at exactly {@link #scaleFor} decimals, not null
     */
    public BigDecimal round(BigDecimal value, CurrencyUnit currency) {
        return value.setScale(scaleFor(currency), mode);
    }

    /**
     * Rounds an amount, as a {@link javax.money.MonetaryOperator} does: the result is made by the
     * amount's own factory, so it keeps the amount's type and context.
     *
     * @param amount the amount, not null
     * @return the rounded amount in the same currency, not null
     */
    public MonetaryAmount round(MonetaryAmount amount) {
        BigDecimal exact = amount.getNumber().numberValueExact(BigDecimal.class);
        return amount.getFactory().setNumber(round(exact, amount.getCurrency())).create();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RoundingPolicy other && other.scale == scale && other.mode == mode;
    }

    @Override
    public int hashCode() {
        return scale * 31 + mode.hashCode();
    }

    /** Returns {@code "HALF_UP@currency"} or {@code "HALF_EVEN@2"}. */
    @Override
    public String toString() {
        return mode.name() + "@" + (scale == CURRENCY_SCALE ? "currency" : Integer.toString(scale)).toLowerCase(Locale.ROOT);
    }
}
