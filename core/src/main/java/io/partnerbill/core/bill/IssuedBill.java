package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillId;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A monthly bill once issued: its id and invoice number, the coupons it used, the partner
 * credit applied to it at issue, and what has been paid of it since.
 *
 * <p>{@code outstanding = amountDue - creditApplied - paid}, never negative. The computed
 * {@link MonthlyBill} inside never changes; payments make new versions of this object
 * ({@link #withPayment}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IssuedBill {

    private final BillId id;
    private final String invoiceNumber;
    private final Instant issuedAt;
    private final MonthlyBill bill;
    private final List<CouponUse> couponUses;
    private final MonetaryAmount creditApplied;
    private final MonetaryAmount paid;

    private IssuedBill(BillId id, String invoiceNumber, Instant issuedAt, MonthlyBill bill, List<CouponUse> couponUses,
            MonetaryAmount creditApplied, MonetaryAmount paid) {
        this.id = Objects.requireNonNull(id, "id");
        this.invoiceNumber = Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.bill = Objects.requireNonNull(bill, "bill");
        this.couponUses = List.copyOf(couponUses);
        this.creditApplied = Objects.requireNonNull(creditApplied, "creditApplied");
        this.paid = Objects.requireNonNull(paid, "paid");
        if (invoiceNumber.isBlank()) {
            throw new InvalidValueException("Invoice number of bill '" + id + "' must not be blank");
        }
        ExactMoney.requireCurrency(bill.currency(), creditApplied.getCurrency(), "Credit applied to bill '" + id + "'");
        ExactMoney.requireCurrency(bill.currency(), paid.getCurrency(), "Payment of bill '" + id + "'");
        BigDecimal settled = ExactMoney.decimal(creditApplied).add(ExactMoney.decimal(paid));
        if (ExactMoney.decimal(creditApplied).signum() < 0 || ExactMoney.decimal(paid).signum() < 0
                || settled.compareTo(ExactMoney.decimal(bill.amountDue())) > 0) {
            throw new InvalidValueException("Bill '" + id + "' cannot be settled beyond its amount due "
                    + ExactMoney.format(bill.amountDue()) + ": credit " + ExactMoney.format(creditApplied) + ", paid "
                    + ExactMoney.format(paid));
        }
    }

    /**
     * Obtains an issued bill as the issuing step makes it: nothing paid yet.
     *
     * @param id the bill id, not null
     * @param invoiceNumber the invoice number, not blank
     * @param issuedAt the issue instant, not null
     * @param bill the computed bill, not null
     * @param couponUses the coupons used (summing to {@code bill.couponsUsed()}), not null
     * @param creditApplied partner credit applied at issue, 0 to the amount due, not null
     * @return the issued bill, not null
     */
    public static IssuedBill of(BillId id, String invoiceNumber, Instant issuedAt, MonthlyBill bill,
            List<CouponUse> couponUses, MonetaryAmount creditApplied) {
        return new IssuedBill(id, invoiceNumber, issuedAt, bill, couponUses, creditApplied,
                ExactMoney.monetary(BigDecimal.ZERO, bill.currency()));
    }

    /**
     * Restores an issued bill with a paid amount, as a store reads it back.
     *
     * @param id the bill id, not null
     * @param invoiceNumber the invoice number, not blank
     * @param issuedAt the issue instant, not null
     * @param bill the computed bill, not null
     * @param couponUses the coupons used, not null
     * @param creditApplied partner credit applied at issue, not null
     * @param paid what payments have settled, not null
     * @return the issued bill, not null
     */
    public static IssuedBill restore(BillId id, String invoiceNumber, Instant issuedAt, MonthlyBill bill,
            List<CouponUse> couponUses, MonetaryAmount creditApplied, MonetaryAmount paid) {
        return new IssuedBill(id, invoiceNumber, issuedAt, bill, couponUses, creditApplied, paid);
    }

    /**
     * Returns this bill with a further payment applied.
     *
     * @param amount the amount applied, positive, at most {@link #outstanding()}, not null
     * @return the new version, not null
     * @throws InvalidValueException if the amount is not positive or exceeds what is outstanding
     * @throws CurrencyMismatchException if the amount is in another currency
     */
    public IssuedBill withPayment(MonetaryAmount amount) {
        ExactMoney.requireCurrency(bill.currency(), amount.getCurrency(), "Payment of bill '" + id + "'");
        if (ExactMoney.decimal(amount).signum() <= 0) {
            throw new InvalidValueException("Payment applied to bill '" + id + "' must be positive, was '"
                    + ExactMoney.format(amount) + "'");
        }
        return new IssuedBill(id, invoiceNumber, issuedAt, bill, couponUses, creditApplied, paid.add(amount));
    }

    /** @return the bill id, not null */
    public BillId id() {
        return id;
    }

    /** @return the invoice number, not null */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    /** @return when the bill was issued, not null */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** @return the computed bill, not null */
    public MonthlyBill bill() {
        return bill;
    }

    /** @return the partner, not null */
    public PartnerId partner() {
        return bill.partner();
    }

    /** @return the cycle, not null */
    public BillCycle cycle() {
        return bill.cycle();
    }

    /** @return the amount due of the bill, not null */
    public MonetaryAmount amountDue() {
        return bill.amountDue();
    }

    /** @return the coupons the bill used, not null */
    public List<CouponUse> couponUses() {
        return couponUses;
    }

    /** @return the partner credit applied at issue, not null */
    public MonetaryAmount creditApplied() {
        return creditApplied;
    }

    /** @return what payments have settled, not null */
    public MonetaryAmount paid() {
        return paid;
    }

    /** @return amount due less credit applied less paid, zero or more, not null */
    public MonetaryAmount outstanding() {
        return bill.amountDue().subtract(creditApplied).subtract(paid);
    }

    /** @return PAID when nothing is outstanding, PARTIALLY_PAID when part is settled, else UNPAID, not null */
    public BillStatus status() {
        if (ExactMoney.decimal(outstanding()).signum() == 0) {
            return BillStatus.PAID;
        }
        boolean settledSome = ExactMoney.decimal(creditApplied).signum() > 0 || ExactMoney.decimal(paid).signum() > 0;
        return settledSome ? BillStatus.PARTIALLY_PAID : BillStatus.UNPAID;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof IssuedBill o && o.id.equals(id) && o.invoiceNumber.equals(invoiceNumber)
                && o.issuedAt.equals(issuedAt) && o.bill.equals(bill) && o.couponUses.equals(couponUses)
                && ExactMoney.same(o.creditApplied, creditApplied) && ExactMoney.same(o.paid, paid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, invoiceNumber);
    }

    @Override
    public String toString() {
        return "IssuedBill[" + id + " " + invoiceNumber + " " + bill.partner() + " " + bill.cycle() + ", due "
                + ExactMoney.format(bill.amountDue()) + ", credit " + ExactMoney.format(creditApplied) + ", paid "
                + ExactMoney.format(paid) + ", " + status() + "]";
    }
}
