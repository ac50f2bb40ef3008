package io.partnerbill.tax;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.RoundingPolicy;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a jurisdiction rounds tax: the level at which amounts are rounded, and core's
 * {@link RoundingPolicy} for the scale (the currency's minor unit, or a fixed number of
 * decimals: 0 rounds to the whole rupee) and the mode (HALF_UP, HALF_EVEN, DOWN, ...).
 *
 * <p>{@link Level#PER_COMPONENT} rounds each component on its own, so CGST + SGST can differ
 * from IGST on the same base by one step. {@link Level#PER_BILL} rounds the bill's total tax
 * once and shares it out to the components (largest remainder first, ties to the first), so
 * the components add up to the rounded total. The canonical text is
 * {@code "PER_COMPONENT HALF_UP@currency"}; {@link #parse} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TaxRounding {

    /** Where tax is rounded. */
    public enum Level {
        /** Each component is rounded on its own. */
        PER_COMPONENT,
        /** The bill's total tax is rounded once and shared out to the components. */
        PER_BILL
    }

    /** Each component rounded HALF_UP to the currency's minor unit. */
    public static final TaxRounding DEFAULT = perComponent(RoundingPolicy.ofCurrencyScale(RoundingMode.HALF_UP));

    private final Level level;
    private final RoundingPolicy rounding;

    private TaxRounding(Level level, RoundingPolicy rounding) {
        this.level = level;
        this.rounding = rounding;
    }

    /**
     * Obtains a rounding.
     *
     * @param level the level, not null
     * @param rounding the scale and mode, not null
     * @return the rounding, not null
     */
    public static TaxRounding of(Level level, RoundingPolicy rounding) {
        return new TaxRounding(Objects.requireNonNull(level, "level"), Objects.requireNonNull(rounding, "rounding"));
    }

    /**
     * Obtains a rounding of each component on its own.
     *
     * @param rounding the scale and mode, not null
     * @return the rounding, not null
     */
    public static TaxRounding perComponent(RoundingPolicy rounding) {
        return of(Level.PER_COMPONENT, rounding);
    }

    /**
     * Obtains a rounding of the bill's total tax, shared out to the components.
     *
     * @param rounding the scale and mode, not null
     * @return the rounding, not null
     */
    public static TaxRounding perBill(RoundingPolicy rounding) {
        return of(Level.PER_BILL, rounding);
    }

    /**
     * Parses the form produced by {@link #toString()}, such as {@code "PER_BILL DOWN@0"}.
     *
     * @param text the text, not null
     * @return the rounding, not null
     * @throws InvalidValueException if the text is not of that form
     */
    public static TaxRounding parse(CharSequence text) {
        String s = text.toString();
        int space = s.indexOf(' ');
        if (space < 0) {
            throw new InvalidValueException("Tax rounding must look like 'PER_COMPONENT HALF_UP@currency', was '" + s + "'");
        }
        Level level;
        try {
            level = Level.valueOf(s.substring(0, space));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("Tax rounding level must be PER_COMPONENT or PER_BILL, was '" + s + "'");
        }
        return of(level, RoundingPolicy.parse(s.substring(space + 1)));
    }

    /** @return the level, not null */
    public Level level() {
        return level;
    }

    /** @return the scale and mode, not null */
    public RoundingPolicy rounding() {
        return rounding;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TaxRounding o && o.level == level && o.rounding.equals(rounding);
    }

    @Override
    public int hashCode() {
        return level.hashCode() * 31 + rounding.hashCode();
    }

    /** Returns {@code "PER_COMPONENT HALF_UP@currency"} or similar. */
    @Override
    public String toString() {
        return level + " " + rounding;
    }
}
