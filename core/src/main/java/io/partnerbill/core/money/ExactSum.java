package io.partnerbill.core.money;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A mutable exact sum of scale-8 amounts: a {@code long} of 10^-8 units on the fast path,
 * spilling into a {@link BigDecimal} only when the long would overflow. Adding the same
 * values in any order, or merging partial sums, gives the same result to the last digit.
 *
 * <p>Not thread-safe: each thread sums into its own instance and the instances are merged.
 */
public final class ExactSum {

    private long units;
    private @Nullable BigDecimal spill;

    /** Adds a scale-8 amount held as units, or as {@code huge} when it does not fit a long. */
    public void add(long amountUnits, @Nullable BigDecimal huge) {
        if (huge != null) {
            addBig(huge);
            return;
        }
        long sum = units + amountUnits;
        // Overflow iff both operands have the sign opposite to the result (Math.addExact's test).
        if (((units ^ sum) & (amountUnits ^ sum)) < 0) {
            addBig(BigDecimal.valueOf(amountUnits, ExactMoney.LINE_SCALE));
        } else {
            units = sum;
        }
    }

    /** Adds every value of another sum to this one. */
    public void merge(ExactSum other) {
        add(other.units, null);
        if (other.spill != null) {
            addBig(other.spill);
        }
    }

    private void addBig(BigDecimal value) {
        spill = spill == null ? value : spill.add(value);
    }

    /** Returns whether nothing but zeros was added. */
    public boolean isZero() {
        return units == 0 && (spill == null || spill.signum() == 0);
    }

    /** Returns the exact sum at scale 8. */
    public BigDecimal value() {
        BigDecimal fast = BigDecimal.valueOf(units, ExactMoney.LINE_SCALE);
        return spill == null ? fast : fast.add(spill).setScale(ExactMoney.LINE_SCALE);
    }
}
