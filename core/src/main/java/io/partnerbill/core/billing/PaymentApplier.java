package io.partnerbill.core.billing;

import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.Identifier;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.internal.Allocation;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.payment.PaymentReceipt;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.PaymentRecordStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The one application code of both sides: a partner's repayment of its bills ({@link PaymentBook})
 * and a payment a reseller collected from its customer for the customer's statements
 * ({@link StatementBook}). A side says where its payments and open documents are kept; the rules
 * are here: a reference is applied once (a repeat returns the first receipt, whatever receive
 * instant the caller stamped, also when it races the first), the payment fills the open documents
 * in the side's order, partially where it runs out, and the side keeps what none needed.
 *
 * <p>Called inside the caller's transaction; holds no state.
 */
final class PaymentApplier {

    private PaymentApplier() {
    }

    /**
     * Where one side keeps its payments, applications and open documents.
     *
     * @param <T> the open document: an issued bill or an issued statement
     */
    interface Side<T> {

        Optional<Payment> find(BillingStore s, PaymentReference reference);

        /** This side's payments and applications in the store (the same storage on both sides). */
        PaymentRecordStore<?> records(BillingStore s);

        /** The payer's documents with something outstanding, in the order to settle them. */
        List<T> open(BillingStore s, Payment payment);

        BigDecimal outstanding(T document);

        Identifier id(T document);

        /** Stores the document with {@code amount} more paid. */
        void settle(BillingStore s, T document, MonetaryAmount amount);

        /** Keeps what no document needed (positive) as the payer's credit. */
        void keep(BillingStore s, Payment payment, MonetaryAmount left);

        /** The message refusing {@code again} under the reference of {@code first}, given what differs. */
        String conflict(Payment first, Payment again, String differences);
    }

    static <T> PaymentReceipt apply(BillingStore s, Side<T> side, Payment payment, CurrencyUnit currency) {
        Optional<Payment> existing = side.find(s, payment.reference());
        if (existing.isEmpty()) {
            try {
                side.records(s).insert(payment);
            } catch (DuplicateKeyException raced) {
                // Another transaction applied this reference since we looked, and committed
                // (a database waits for it before reporting the clash): its receipt is ours.
                existing = side.find(s, payment.reference());
                if (existing.isEmpty()) {
                    throw raced;
                }
            }
        }
        if (existing.isPresent()) {
            String differences = differences(existing.get(), payment);
            if (!differences.isEmpty()) {
                throw new DuplicateKeyException(side.conflict(existing.get(), payment, differences));
            }
            return receiptOf(s, side, existing.get(), currency);
        }
        Allocation<T> filled = Allocation.fill(ExactMoney.decimal(payment.amount()), side.open(s, payment), side::outstanding);
        List<PaymentApplication> applications = new ArrayList<>();
        for (Allocation.Take<T> take : filled.takes()) {
            MonetaryAmount amount = ExactMoney.monetary(take.amount(), currency);
            side.settle(s, take.item(), amount);
            PaymentApplication application = new PaymentApplication(payment.reference(), side.id(take.item()), amount);
            side.records(s).insert(application);
            applications.add(application);
        }
        MonetaryAmount left = ExactMoney.monetary(filled.left(), currency);
        if (filled.left().signum() > 0) {
            side.keep(s, payment, left);
        }
        return new PaymentReceipt(payment, applications, left);
    }

    /**
     * What makes a payment under a used reference a different payment, or "" for a repeat. The receive
     * instant is left out: a caller retrying after a lost answer stamps the retry anew, and the payer,
     * amount and method already say which money arrived.
     */
    static String differences(Payment first, Payment again) {
        List<String> differences = new ArrayList<>();
        if (!first.payer().partner().equals(again.payer().partner())) {
            differences.add((first.payer().isCustomer() ? "reseller " : "partner ") + first.payer().partner() + ", not "
                    + again.payer().partner());
        }
        if (!first.payer().customer().equals(again.payer().customer())) {
            differences.add("customer " + first.payer().customer().map(Identifier::value).orElse("none") + ", not "
                    + again.payer().customer().map(Identifier::value).orElse("none"));
        }
        if (!ExactMoney.same(first.amount(), again.amount())) {
            differences.add("amount " + ExactMoney.format(first.amount()) + ", not " + ExactMoney.format(again.amount()));
        }
        if (first.method() != again.method()) {
            differences.add("method " + first.method() + ", not " + again.method());
        }
        return String.join("; ", differences);
    }

    /** The receipt of an applied payment, from its stored applications. */
    static <T> PaymentReceipt receiptOf(BillingStore s, Side<T> side, Payment payment, CurrencyUnit currency) {
        List<PaymentApplication> applications = side.records(s).applicationsOf(payment.reference());
        BigDecimal applied = BigDecimal.ZERO;
        for (PaymentApplication a : applications) {
            applied = applied.add(ExactMoney.decimal(a.amount()));
        }
        return new PaymentReceipt(payment, applications,
                ExactMoney.monetary(ExactMoney.decimal(payment.amount()).subtract(applied), currency));
    }
}
