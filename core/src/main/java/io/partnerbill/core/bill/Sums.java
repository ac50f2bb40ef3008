package io.partnerbill.core.bill;

import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.money.ExactSum;
import java.math.BigDecimal;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Exact sums of scale-8 amounts (and line counts) in numbered slots: a {@code long} of 10^-8
 * units per slot, with an {@link ExactSum} for a slot only once it would overflow. The cells
 * of a {@link BillAccumulator} extend it, so that adding a line touches one object and one
 * array per cell instead of an object per sum.
 *
 * <p>Not thread-safe.
 */
class Sums {

    long[] units;
    private @Nullable ExactSum @Nullable [] spill;

    Sums(int slots) {
        units = new long[slots];
    }

    /** Adds a scale-8 amount held as units, or as {@code huge} when it does not fit a long. */
    final void add(int slot, long amount, @Nullable BigDecimal huge) {
        if (huge == null) {
            long[] u = units;
            long sum = u[slot] + amount;
            // No overflow unless both operands have the sign opposite to the result (Math.addExact's test).
            if (((u[slot] ^ sum) & (amount ^ sum)) >= 0) {
                u[slot] = sum;
                return;
            }
        }
        spill(slot).add(amount, huge);
    }

    /** Counts one line in a slot that holds a count. */
    final void count(int slot) {
        units[slot]++;
    }

    /** Makes room for at least {@code slots} slots. */
    final void ensure(int slots) {
        if (slots > units.length) {
            int size = Math.max(slots, units.length * 2);
            units = Arrays.copyOf(units, size);
            if (spill != null) {
                spill = Arrays.copyOf(spill, size);
            }
        }
    }

    /** @return whether the slot exists and is not 0 (for a count: whether anything was counted) */
    final boolean isPositive(int slot) {
        return slot < units.length && units[slot] > 0;
    }

    /** Adds another's slot into one of this. */
    final void mergeSlot(int slot, Sums other, int otherSlot) {
        add(slot, other.units[otherSlot], null);
        ExactSum[] otherSpill = other.spill;
        if (otherSpill != null && otherSpill[otherSlot] != null) {
            spill(slot).merge(otherSpill[otherSlot]);
        }
    }

    /** Adds every slot of another of the same size into this. */
    final void mergeAll(Sums other) {
        for (int i = 0; i < other.units.length; i++) {
            mergeSlot(i, other, i);
        }
    }

    /** @return the exact sum in a slot, at scale 8 */
    final BigDecimal value(int slot) {
        BigDecimal fast = BigDecimal.valueOf(units[slot], ExactMoney.LINE_SCALE);
        ExactSum big = spill == null ? null : spill[slot];
        return big == null ? fast : fast.add(big.value()).setScale(ExactMoney.LINE_SCALE);
    }

    private ExactSum spill(int slot) {
        if (spill == null) {
            spill = new ExactSum[units.length];
        }
        ExactSum big = spill[slot];
        if (big == null) {
            big = new ExactSum();
            spill[slot] = big;
        }
        return big;
    }
}
