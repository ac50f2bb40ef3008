package io.partnerbill.core.billing;

import io.partnerbill.core.BillId;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.Identifier;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.CreditEntry;
import io.partnerbill.core.payment.LedgerSummary;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentAllocation;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.payment.PaymentReceipt;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.PaymentRecordStore;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Repayment of a {@link PartnerBilling}'s issued bills: apply payments, read the payment
 * records and the partner's credit, and check the ledger.
 *
 * <p>A payment settles the partner's unpaid bills in the order of the facade's
 * {@link PaymentAllocation} (oldest first by default), partially where it runs out; what no
 * bill needs becomes partner credit, which reduces the next bills issued. A reference is
 * applied once, also when the same payment is applied by several threads or services at once
 * (each gets the first receipt). An amount must be a whole number of the currency's smallest
 * unit and less than 10^30, on every store. This class is thread-safe; each payment is one
 * transaction.
 */
public final class PaymentBook {

    /** Payments are less than this: 10^30, the first value a NUMERIC(38, 8) column cannot hold. */
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(30);

    private final BillingStore store;
    private final CurrencyUnit currency;
    private final PaymentAllocation allocation;
    private final Bills side = new Bills();

    PaymentBook(BillingStore store, CurrencyUnit currency, PaymentAllocation allocation) {
        this.store = store;
        this.currency = currency;
        this.allocation = allocation;
    }

    /**
     * Applies a payment to the partner's unpaid bills. Applying the same payment again returns
     * the first receipt (with the first payment's receive instant) and changes nothing: a payment
     * with the reference, partner, amount and method of an applied one is the same payment, whatever
     * instant the caller stamped on it, so that a retry after a lost answer is a no-op.
     *
     * @param payment the payment, not null
     * @return what it settled and what became credit, not null
     * @throws CurrencyMismatchException if it is not in the billing currency
     * @throws InvalidValueException if its amount is not a whole number of the currency's
     *     smallest unit (USD 0.001, JPY 0.5), or is 10^30 or more (what no store keeps), or if a
     *     customer paid it (a customer's payment goes to {@link StatementBook#collect})
     * @throws DuplicateKeyException if a payment with another partner, amount or method has its
     *     reference; the message names what differs
     */
    public PaymentReceipt apply(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        if (payment.payer().isCustomer()) {
            throw new InvalidValueException("Payment '" + payment.reference() + "' is paid by " + payment.payer()
                    + ": a customer's payment is collected by its reseller (statements().collect), not applied to bills");
        }
        ExactMoney.requireCurrency(currency, payment.amount().getCurrency(), "Payment '" + payment.reference() + "'");
        requireStorable(payment);
        return store.inTransaction(s -> PaymentApplier.apply(s, side, payment, currency));
    }

    /** Partner repayments: bills, in the facade's allocation order; the rest becomes partner credit. */
    private final class Bills implements PaymentApplier.Side<IssuedBill> {

        @Override
        public Optional<Payment> find(BillingStore s, PaymentReference reference) {
            return s.payments().find(reference);
        }

        @Override
        public PaymentRecordStore<?> records(BillingStore s) {
            return s.payments();
        }

        @Override
        public List<IssuedBill> open(BillingStore s, Payment payment) {
            List<IssuedBill> unpaid = unpaid(s, payment.partner());
            List<IssuedBill> ordered = allocation.order(unpaid);
            if (ordered.size() != unpaid.size() || !new HashSet<>(ordered).equals(new HashSet<>(unpaid))) {
                throw new PartnerBillingException("Payment allocation " + allocation
                        + " must return the unpaid bills it was given, reordered; it returned " + ordered);
            }
            return ordered;
        }

        @Override
        public BigDecimal outstanding(IssuedBill bill) {
            return ExactMoney.decimal(bill.outstanding());
        }

        @Override
        public Identifier id(IssuedBill bill) {
            return bill.id();
        }

        @Override
        public void settle(BillingStore s, IssuedBill bill, MonetaryAmount amount) {
            s.bills().update(bill.withPayment(amount));
        }

        @Override
        public void keep(BillingStore s, Payment payment, MonetaryAmount left) {
            s.payments().insert(new CreditEntry(payment.partner(), left, CreditEntry.Kind.OVERPAYMENT,
                    payment.reference().value(), payment.receivedAt()));
        }

        @Override
        public String conflict(Payment first, Payment again, String differences) {
            return "Payment reference '" + again.reference() + "' was already applied to a different payment ("
                    + differences + "): " + first;
        }
    }

    /**
     * One rule for every store: a payment is a whole number of its currency's smallest unit (a
     * cent; a yen) and less than 10^30, which a NUMERIC(38, 8) column (30 integer
     * digits) holds, so the in-memory store refuses what a database could not keep.
     */
    private static void requireStorable(Payment payment) {
        BigDecimal value = ExactMoney.decimal(payment.amount());
        CurrencyUnit unit = payment.amount().getCurrency();
        int digits = Math.max(0, unit.getDefaultFractionDigits());
        if (value.stripTrailingZeros().scale() > digits) {
            throw new InvalidValueException("Payment '" + payment.reference() + "' of " + ExactMoney.format(payment.amount())
                    + " has more decimal places than " + unit.getCurrencyCode() + "'s smallest unit, "
                    + BigDecimal.ONE.movePointLeft(digits).toPlainString());
        }
        if (value.compareTo(LIMIT) >= 0) {
            throw new InvalidValueException("Payment '" + payment.reference() + "' of " + ExactMoney.format(payment.amount())
                    + " is too large: a payment must be less than 10^30 (30 integer digits, what every store keeps)");
        }
    }

    static List<IssuedBill> unpaid(BillingStore s, PartnerId partner) {
        return s.bills().ofPartner(partner).stream()
                .filter(b -> ExactMoney.decimal(b.outstanding()).signum() > 0)
                .toList();
    }

    /**
     * Finds a payment.
     *
     * @param reference the reference, not null
     * @return the payment, or empty, not null
     */
    public Optional<Payment> find(PaymentReference reference) {
        return store.payments().find(reference);
    }

    /**
     * Lists a partner's payment records, in the order they were applied.
     *
     * @param partner the partner, not null
     * @return the payments, not null
     */
    public List<Payment> records(PartnerId partner) {
        return store.payments().ofPartner(partner);
    }

    /**
     * Lists how a bill was paid.
     *
     * @param bill the bill, not null
     * @return the applications to it, not null
     */
    public List<PaymentApplication> applicationsTo(BillId bill) {
        return store.payments().applicationsTo(bill);
    }

    /**
     * Lists a partner's credit movements.
     *
     * @param partner the partner, not null
     * @return the entries in order, not null
     */
    public List<CreditEntry> creditEntries(PartnerId partner) {
        return store.payments().creditsOf(partner);
    }

    /**
     * Returns a partner's credit not yet used.
     *
     * @param partner the partner, not null
     * @return the balance, zero or more, not null
     */
    public MonetaryAmount creditBalance(PartnerId partner) {
        return ExactMoney.monetary(sum(creditEntries(partner), null), currency);
    }

    /**
     * Returns the partner's ledger summary, whose {@link LedgerSummary#conservesMoney()} must hold.
     *
     * @param partner the partner, not null
     * @return the summary, not null
     */
    public LedgerSummary ledger(PartnerId partner) {
        return store.inTransaction(s -> {
            BigDecimal charges = BigDecimal.ZERO;
            BigDecimal owed = BigDecimal.ZERO;
            for (IssuedBill b : s.bills().ofPartner(partner)) {
                charges = charges.add(ExactMoney.decimal(b.amountDue()));
                owed = owed.add(ExactMoney.decimal(b.outstanding()));
            }
            BigDecimal payments = BigDecimal.ZERO;
            for (Payment p : s.payments().ofPartner(partner)) {
                payments = payments.add(ExactMoney.decimal(p.amount()));
            }
            List<CreditEntry> credits = s.payments().creditsOf(partner);
            return new LedgerSummary(partner, money(charges), money(sum(credits, CreditEntry.Kind.NEGATIVE_BILL)),
                    money(payments), money(owed), money(sum(credits, null)));
        });
    }

    private MonetaryAmount money(BigDecimal value) {
        return ExactMoney.monetary(value, currency);
    }

    private static BigDecimal sum(List<CreditEntry> entries, CreditEntry.@Nullable Kind onlyKind) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CreditEntry e : entries) {
            if (onlyKind == null || e.kind() == onlyKind) {
                sum = sum.add(ExactMoney.decimal(e.amount()));
            }
        }
        return sum;
    }
}
