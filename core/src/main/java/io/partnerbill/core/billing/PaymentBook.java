package io.partnerbill.core.billing;

import io.partnerbill.core.BillId;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.internal.Allocation;
import io.partnerbill.core.money.Amounts;
import io.partnerbill.core.payment.CreditEntry;
import io.partnerbill.core.payment.LedgerSummary;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentAllocation;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.payment.PaymentReceipt;
import io.partnerbill.core.store.BillingStore;
import java.math.BigDecimal;
import java.util.ArrayList;
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
     *     smallest unit (USD 0.001, JPY 0.5), or is 10^30 or more (what no store keeps)
     * @throws DuplicateKeyException if a payment with another partner, amount or method has its
     *     reference; the message names what differs
     */
    public PaymentReceipt apply(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        Amounts.requireCurrency(currency, payment.amount().getCurrency(), "Payment '" + payment.reference() + "'");
        requireStorable(payment);
        return store.inTransaction(s -> {
            Optional<Payment> existing = s.payments().find(payment.reference());
            if (existing.isEmpty()) {
                try {
                    s.payments().insert(payment);
                } catch (DuplicateKeyException raced) {
                    // Another transaction applied this reference since we looked, and committed
                    // (a database waits for it before reporting the clash): its receipt is ours.
                    existing = s.payments().find(payment.reference());
                    if (existing.isEmpty()) {
                        throw raced;
                    }
                }
            }
            if (existing.isPresent()) {
                String differences = differences(existing.get(), payment);
                if (!differences.isEmpty()) {
                    throw new DuplicateKeyException("Payment reference '" + payment.reference()
                            + "' was already applied to a different payment (" + differences + "): " + existing.get());
                }
                return receiptOf(s, existing.get());
            }
            List<IssuedBill> unpaid = unpaid(s, payment.partner());
            List<IssuedBill> ordered = allocation.order(unpaid);
            if (ordered.size() != unpaid.size() || !new HashSet<>(ordered).equals(new HashSet<>(unpaid))) {
                throw new PartnerBillingException("Payment allocation " + allocation
                        + " must return the unpaid bills it was given, reordered; it returned " + ordered);
            }
            Allocation<IssuedBill> filled = Allocation.fill(Amounts.decimal(payment.amount()), ordered,
                    bill -> Amounts.decimal(bill.outstanding()));
            List<PaymentApplication> applications = new ArrayList<>();
            for (Allocation.Take<IssuedBill> take : filled.takes()) {
                MonetaryAmount amount = Amounts.money(take.amount(), currency);
                s.bills().update(take.item().withPayment(amount));
                PaymentApplication application = new PaymentApplication(payment.reference(), take.item().id(), amount);
                s.payments().insert(application);
                applications.add(application);
            }
            BigDecimal left = filled.left();
            if (left.signum() > 0) {
                s.payments().insert(new CreditEntry(payment.partner(), Amounts.money(left, currency),
                        CreditEntry.Kind.OVERPAYMENT, payment.reference().value(), payment.receivedAt()));
            }
            return new PaymentReceipt(payment, applications, Amounts.money(left, currency));
        });
    }

    /**
     * One rule for every store: a payment is a whole number of its currency's smallest unit (a
     * cent; a yen) and less than 10^30, which a NUMERIC(38, 8) column (30 integer
     * digits) holds, so the in-memory store refuses what a database could not keep.
     */
    private static void requireStorable(Payment payment) {
        BigDecimal value = Amounts.decimal(payment.amount());
        CurrencyUnit unit = payment.amount().getCurrency();
        int digits = Math.max(0, unit.getDefaultFractionDigits());
        if (value.stripTrailingZeros().scale() > digits) {
            throw new InvalidValueException("Payment '" + payment.reference() + "' of " + Amounts.format(payment.amount())
                    + " has more decimal places than " + unit.getCurrencyCode() + "'s smallest unit, "
                    + BigDecimal.ONE.movePointLeft(digits).toPlainString());
        }
        if (value.compareTo(LIMIT) >= 0) {
            throw new InvalidValueException("Payment '" + payment.reference() + "' of " + Amounts.format(payment.amount())
                    + " is too large: a payment must be less than 10^30 (30 integer digits, what every store keeps)");
        }
    }

    /**
     * What makes a payment under a used reference a different payment, or "" for a repeat. The receive
     * instant is left out: a caller retrying after a lost answer stamps the retry anew, and the reference,
     * partner, amount and method already say which money arrived.
     */
    private static String differences(Payment first, Payment again) {
        List<String> differences = new ArrayList<>();
        if (!first.partner().equals(again.partner())) {
            differences.add("partner " + first.partner() + ", not " + again.partner());
        }
        if (!Amounts.same(first.amount(), again.amount())) {
            differences.add("amount " + Amounts.format(first.amount()) + ", not " + Amounts.format(again.amount()));
        }
        if (first.method() != again.method()) {
            differences.add("method " + first.method() + ", not " + again.method());
        }
        return String.join("; ", differences);
    }

    private PaymentReceipt receiptOf(BillingStore s, Payment payment) {
        List<PaymentApplication> applications = s.payments().applicationsOf(payment.reference());
        BigDecimal applied = BigDecimal.ZERO;
        for (PaymentApplication a : applications) {
            applied = applied.add(Amounts.decimal(a.amount()));
        }
        return new PaymentReceipt(payment, applications,
                Amounts.money(Amounts.decimal(payment.amount()).subtract(applied), currency));
    }

    static List<IssuedBill> unpaid(BillingStore s, PartnerId partner) {
        return s.bills().ofPartner(partner).stream()
                .filter(b -> Amounts.decimal(b.outstanding()).signum() > 0)
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
        return Amounts.money(sum(creditEntries(partner), null), currency);
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
                charges = charges.add(Amounts.decimal(b.amountDue()));
                owed = owed.add(Amounts.decimal(b.outstanding()));
            }
            BigDecimal payments = BigDecimal.ZERO;
            for (Payment p : s.payments().ofPartner(partner)) {
                payments = payments.add(Amounts.decimal(p.amount()));
            }
            List<CreditEntry> credits = s.payments().creditsOf(partner);
            return new LedgerSummary(partner, money(charges), money(sum(credits, CreditEntry.Kind.NEGATIVE_BILL)),
                    money(payments), money(owed), money(sum(credits, null)));
        });
    }

    private MonetaryAmount money(BigDecimal value) {
        return Amounts.money(value, currency);
    }

    private static BigDecimal sum(List<CreditEntry> entries, CreditEntry.@Nullable Kind onlyKind) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CreditEntry e : entries) {
            if (onlyKind == null || e.kind() == onlyKind) {
                sum = sum.add(Amounts.decimal(e.amount()));
            }
        }
        return sum;
    }
}
