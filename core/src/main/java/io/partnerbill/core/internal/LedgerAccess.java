package io.partnerbill.core.internal;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.BudgetLedger;
import io.partnerbill.core.budget.Deduction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lets the order path hand the budget ledger decimals it already has, instead of building
 * Moneta amounts for the public {@link BudgetLedger#tryDeduct} to take apart again (a large
 * share of an order's time), without making a decimal overload public API.
 */
public final class LedgerAccess {

    /** The ledger's decimal entry point; same rules as {@link BudgetLedger#tryDeduct}. */
    public interface Deducting {
        /**
         * Deducts a fee and records its settlement, both in the ledger's currency.
         *
         * @return the deduction, accepted or refused
         */
        Deduction tryDeduct(BudgetLedger ledger, CustomerId customer, OrderId order, BigDecimal fee,
                BigDecimal settlement, Instant at);
    }

    private static volatile @Nullable Deducting deducting;

    private LedgerAccess() {
    }

    /** Called once, from {@link BudgetLedger}'s class initializer. */
    public static void register(Deducting entry) {
        deducting = Objects.requireNonNull(entry, "entry");
    }

    /** As {@link BudgetLedger#tryDeduct}, for a fee and settlement in the ledger's currency. */
    public static Deduction tryDeduct(BudgetLedger ledger, CustomerId customer, OrderId order, BigDecimal fee,
            BigDecimal settlement, Instant at) {
        // A ledger instance exists, so its class (and the initializer that registers) has run.
        return Objects.requireNonNull(deducting, "deducting").tryDeduct(ledger, customer, order, fee, settlement, at);
    }
}
