package io.partnerbill.core.internal;

import io.partnerbill.core.bill.BillLine;
import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * Lets the order path give a line's customer expenditure as the decimal the order holds,
 * instead of building a Moneta amount for {@link BillLine.Builder#customerExpenditure} to take
 * apart again, without making a decimal setter public API.
 */
public final class LineAccess {

    /** The builder's decimal entry point; same rules as {@link BillLine.Builder#customerExpenditure}. */
    public interface Expenditure {
        /**
         * Sets the customer expenditure.
         *
         * @return the builder
         */
        BillLine.Builder set(BillLine.Builder builder, BigDecimal value, CurrencyUnit currency);
    }

    private static volatile @Nullable Expenditure expenditure;

    private LineAccess() {
    }

    /** Called once, from {@link BillLine.Builder}'s class initializer. */
    public static void register(Expenditure entry) {
        expenditure = Objects.requireNonNull(entry, "entry");
    }

    /** As {@link BillLine.Builder#customerExpenditure}, for an amount given as a decimal and its currency. */
    public static BillLine.Builder customerExpenditure(BillLine.Builder builder, BigDecimal value, CurrencyUnit currency) {
        // A builder instance exists, so its class (and the initializer that registers) has run.
        return Objects.requireNonNull(expenditure, "expenditure").set(builder, value, currency);
    }
}
