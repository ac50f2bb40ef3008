package io.partnerbill.core.payment;

import io.partnerbill.core.PartnerId;
import io.partnerbill.core.money.ExactMoney;
import java.time.Instant;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One movement of a partner's credit: a grant (positive: a negative bill's surplus under
 * {@link CreditPolicy#CARRY_FORWARD}, or an overpayment) or a use (negative: credit applied
 * to an issued bill). The balance is the sum of the entries.
 *
 * @param partner the partner, not null
 * @param amount positive for a grant, negative for a use, not null
 * @param kind what moved the credit, not null
 * @param source the bill or payment the entry comes from or goes to, not null
 * @param at when, not null
 */
public record CreditEntry(PartnerId partner, MonetaryAmount amount, Kind kind, String source, Instant at) {

    /** What moved the credit. */
    public enum Kind {
        /** A negative bill's surplus, carried forward. */
        NEGATIVE_BILL,
        /** The part of a payment no unpaid bill needed. */
        OVERPAYMENT,
        /** Credit applied to an issued bill. */
        APPLIED_TO_BILL
    }

    /** Checks that no component is null. */
    public CreditEntry {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String toString() {
        return kind + " " + ExactMoney.format(amount) + " (" + source + ", " + at + ")";
    }
}
