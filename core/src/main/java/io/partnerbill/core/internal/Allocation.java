package io.partnerbill.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fills open items in order with an amount of money, partially where it runs out: the one
 * payment-application rule shared by partner repayments and customer payments.
 *
 * @param <T> the open item (an issued bill, an issued statement)
 * @param takes what each item receives, in order, only positive amounts
 * @param left what no item needed (zero or more)
 */
public record Allocation<T>(List<Take<T>> takes, BigDecimal left) {

    /**
     * One item and what it receives.
     *
     * @param <T> the item type
     * @param item the item
     * @param amount the amount it receives, positive
     */
    public record Take<T>(T item, BigDecimal amount) {
    }

    /**
     * Fills the items in the order given.
     *
     * @param amount the money to apply, zero or more
     * @param ordered the items in the order to fill them
     * @param outstanding what each item still needs, zero or more
     * @return the takes and what is left
     */
    public static <T> Allocation<T> fill(BigDecimal amount, List<T> ordered, Function<? super T, BigDecimal> outstanding) {
        BigDecimal left = amount;
        List<Take<T>> takes = new ArrayList<>();
        for (T item : ordered) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = left.min(outstanding.apply(item));
            if (take.signum() > 0) {
                takes.add(new Take<>(item, take));
                left = left.subtract(take);
            }
        }
        return new Allocation<>(List.copyOf(takes), left);
    }
}
