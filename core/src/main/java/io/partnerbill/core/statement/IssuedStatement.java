package io.partnerbill.core.statement;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.bill.BillStatus;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A customer statement once issued: its id and statement number, and what the customer has paid
 * of it since. The statement inside never changes; payments make new versions
 * ({@link #withPayment}). {@code outstanding = amountDue - paid}, never negative.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IssuedStatement {

    private final StatementId id;
    private final String number;
    private final Instant issuedAt;
    private final CustomerStatement statement;
    private final MonetaryAmount paid;

    private IssuedStatement(StatementId id, String number, Instant issuedAt, CustomerStatement statement,
            MonetaryAmount paid) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.statement = Objects.requireNonNull(statement, "statement");
        this.paid = Objects.requireNonNull(paid, "paid");
        if (number.isBlank()) {
            throw new InvalidValueException("Number of statement '" + id + "' must not be blank, was '" + number + "'");
        }
        ExactMoney.requireCurrency(statement.currency(), paid.getCurrency(), "Payment of statement '" + id + "'");
        BigDecimal p = ExactMoney.decimal(paid);
        if (p.signum() < 0 || p.compareTo(ExactMoney.decimal(statement.amountDue())) > 0) {
            throw new InvalidValueException("Statement '" + id + "' cannot be paid beyond its amount due "
                    + ExactMoney.format(statement.amountDue()) + ", was '" + ExactMoney.format(paid) + "'");
        }
    }

    /**
     * Restores an issued statement (as issuing makes it with nothing paid, or as a store reads it back).
     *
     * @param id the id, not null
     * @param number the statement number, not blank
     * @param issuedAt when it was issued, not null
     * @param statement the statement, not null
     * @param paid what payments have settled, 0 to the amount due, not null
     * @return the issued statement, not null
     * @throws InvalidValueException if the number is blank or the paid amount out of range
     */
    public static IssuedStatement of(StatementId id, String number, Instant issuedAt, CustomerStatement statement,
            MonetaryAmount paid) {
        return new IssuedStatement(id, number, issuedAt, statement, paid);
    }

    /**
     * Returns this statement with a further payment applied.
     *
     * @param amount the amount, positive, at most {@link #outstanding()}, not null
     * @return the new version, not null
     * @throws InvalidValueException if the amount is not positive or exceeds what is outstanding
     */
    public IssuedStatement withPayment(MonetaryAmount amount) {
        ExactMoney.requireCurrency(statement.currency(), amount.getCurrency(), "Payment of statement '" + id + "'");
        if (ExactMoney.decimal(amount).signum() <= 0) {
            throw new InvalidValueException("Payment applied to statement '" + id + "' must be positive, was '"
                    + ExactMoney.format(amount) + "'");
        }
        return new IssuedStatement(id, number, issuedAt, statement, paid.add(amount));
    }

    /** @return the id, not null */
    public StatementId id() {
        return id;
    }

    /** @return the statement number, not null */
    public String number() {
        return number;
    }

    /** @return when it was issued, not null */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** @return the statement, not null */
    public CustomerStatement statement() {
        return statement;
    }

    /** @return the reseller, not null */
    public PartnerId reseller() {
        return statement.reseller();
    }

    /** @return the customer, not null */
    public CustomerId customer() {
        return statement.customer();
    }

    /** @return the cycle, not null */
    public BillCycle cycle() {
        return statement.cycle();
    }

    /** @return what payments have settled, not null */
    public MonetaryAmount paid() {
        return paid;
    }

    /** @return amount due less paid, zero or more, not null */
    public MonetaryAmount outstanding() {
        return statement.amountDue().subtract(paid);
    }

    /** @return PAID when nothing is outstanding, PARTIALLY_PAID when part is paid, else UNPAID, not null */
    public BillStatus status() {
        if (ExactMoney.decimal(outstanding()).signum() == 0) {
            return BillStatus.PAID;
        }
        return ExactMoney.decimal(paid).signum() > 0 ? BillStatus.PARTIALLY_PAID : BillStatus.UNPAID;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof IssuedStatement o && o.id.equals(id) && o.number.equals(number) && o.issuedAt.equals(issuedAt)
                && o.statement.equals(statement) && ExactMoney.same(o.paid, paid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, number);
    }

    @Override
    public String toString() {
        return "IssuedStatement[" + id + " " + number + " " + statement.customer() + " " + statement.cycle() + ", due "
                + ExactMoney.format(statement.amountDue()) + ", paid " + ExactMoney.format(paid) + ", " + status() + "]";
    }
}
