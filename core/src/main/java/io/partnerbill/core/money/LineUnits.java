package io.partnerbill.core.money;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Exact scale-8 arithmetic in {@code long}s of 10^-8 units for the order path, where one
 * {@link BigDecimal} round trip per amount was a large share of the time. Each method either
 * gives the exact result or says (by {@link #fitsSettlement}) that the caller must take the
 * {@code BigDecimal} way; nothing here rounds except {@link #settleHalfUp}, exactly as
 * {@code setScale(8, HALF_UP)} does.
 */
public final class LineUnits {

    /** Values of at most this many integer digits take the long path of {@link #settleHalfUp}. */
    private static final int FAST_INTEGER_DIGITS = 6;
    private static final long HUNDREDTHS_OF_PERCENT = 10_000;

    private LineUnits() {
    }

    /** Returns whether a scale-8 decimal fits a long of units; see {@link #units}. */
    public static boolean fitsUnits(BigDecimal scale8) {
        // Precision 18 or less means |unscaled| < 10^18 < 2^63, without building the BigInteger.
        return scale8.precision() <= 18 || scale8.unscaledValue().bitLength() < 64;
    }

    /** Returns a scale-8 decimal as units, or 0 when it does not fit (then see {@link #hugeOrNull}). */
    public static long units(BigDecimal scale8) {
        if (scale8.precision() <= 18) {
            // Same digits at scale 0: longValue() reads the compact value, no BigInteger made.
            return scale8.movePointRight(ExactMoney.LINE_SCALE).longValue();
        }
        return fitsUnits(scale8) ? scale8.unscaledValue().longValue() : 0L;
    }

    /** Returns the decimal itself when it does not fit a long of units, else null. */
    public static @Nullable BigDecimal hugeOrNull(BigDecimal scale8) {
        return fitsUnits(scale8) ? null : scale8;
    }

    /**
     * Returns whether {@link #settleHalfUp} can settle this value: at most 8 decimals and at
     * most 6 integer digits, so that units × 10,000 stays far inside a long.
     */
    public static boolean fitsSettlement(BigDecimal value) {
        return value.scale() <= ExactMoney.LINE_SCALE && value.precision() - value.scale() <= FAST_INTEGER_DIGITS;
    }

    /** Returns a value that passed {@link #fitsSettlement} as units (exact). */
    public static long smallUnits(BigDecimal value) {
        return value.movePointRight(ExactMoney.LINE_SCALE).longValue();
    }

    /**
     * Returns {@code units × payable / 10,000} rounded HALF_UP (ties away from zero) to a whole
     * unit: the settlement of an amount at a rate whose payable share is {@code payable}
     * hundredths of a percent. Needs {@code |units| × 10,000} to fit a long.
     */
    public static long settleHalfUp(long units, int payableHundredths) {
        long product = units * payableHundredths;
        long magnitude = Math.abs(product);
        long quotient = magnitude / HUNDREDTHS_OF_PERCENT;
        if (magnitude % HUNDREDTHS_OF_PERCENT * 2 >= HUNDREDTHS_OF_PERCENT) {
            quotient++;
        }
        return product < 0 ? -quotient : quotient;
    }
}
