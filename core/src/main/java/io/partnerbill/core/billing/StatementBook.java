package io.partnerbill.core.billing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BilledParty;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.Identifier;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.NotYetIssuableException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.internal.Allocation;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.payment.PaymentReceipt;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.core.tax.TaxRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A reseller's statements to its customers: a customer's cycle at the customer's price
 * ({@link PriceBook}) with the reseller's own tax (the facade's customer tax policy, asked with a
 * {@link TaxRequest#ofCustomer customer request}), issue, and payments collected from customers.
 *
 * <p>A statement can be issued once the reseller's own bill of the cycle is issued: from then on
 * the cycle takes no more lines, so the statement is final. Issuing again returns the same
 * statement; an issued statement never changes but for what is paid of it. Statement numbers are
 * the reseller's own, as their issuer: its series of the facade's
 * {@link io.partnerbill.core.bill.InvoiceNumbering}, or else its gap-free sequence per year passed
 * to the facade's {@link io.partnerbill.core.bill.InvoiceNumberer} (asked with a customer
 * {@link BilledParty}). A customer payment settles the customer's unpaid statements oldest
 * cycle first, partially where it runs out, by the same application code as partner repayments;
 * the rest is held as the customer's credit, which settles the customer's next statements when
 * they are issued (oldest payment first). A payment reference is applied once.
 *
 * <p>This class is thread-safe; each issue and each payment is one transaction.
 */
public final class StatementBook {

    private final BillingStore store;
    private final CurrencyUnit currency;
    private final RoundingPolicy rounding;
    private final TaxPolicy taxPolicy;
    /** Asks {@code taxPolicy} and checks its answer, as for a bill. */
    private final MonthlyBillCalculator taxes;
    private final Numbering numbering;
    private final CustomerPayments side = new CustomerPayments();
    private final Clock clock;

    StatementBook(BillingStore store, BillingCalendar calendar, CurrencyUnit currency, RoundingPolicy rounding,
            TaxPolicy taxPolicy, Numbering numbering, Clock clock) {
        this.store = store;
        this.currency = currency;
        this.rounding = rounding;
        this.taxPolicy = taxPolicy;
        this.taxes = MonthlyBillCalculator.of(taxPolicy, calendar, rounding);
        this.numbering = numbering;
        this.clock = clock;
    }

    /**
     * Computes a customer's statement of a cycle from the stored lines and the price book now.
     *
     * @param reseller the reseller who bills, not null
     * @param customer the customer, not null
     * @param cycle the cycle, not null
     * @return the statement, not null
     */
    public CustomerStatement calculate(PartnerId reseller, CustomerId customer, BillCycle cycle) {
        Objects.requireNonNull(reseller, "reseller");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(cycle, "cycle");
        return store.inTransaction(s -> compute(s, Pricer.of(s, reseller), reseller, customer, cycle));
    }

    CustomerStatement compute(BillingStore s, Pricer pricer, PartnerId reseller, CustomerId customer, BillCycle cycle) {
        List<StatementLine> lines = new ArrayList<>();
        for (BillLine line : s.lines().lines(reseller, cycle, customer)) {
            lines.add(pricer.price(s, line));
        }
        CustomerStatement untaxed = CustomerStatement.of(reseller, customer, cycle, currency, rounding, lines,
                TaxBreakdown.none(currency));
        MonetaryAmount subtotal = untaxed.subtotal();
        if (ExactMoney.decimal(subtotal).signum() <= 0) {
            return untaxed;
        }
        return untaxed.withTax(taxes.tax(TaxRequest.ofCustomer(reseller, customer, cycle, subtotal, taxes.taxDate(cycle))));
    }

    /**
     * Lists the customers with lines in a reseller's cycle, by id.
     *
     * @param reseller the reseller, not null
     * @param cycle the cycle, not null
     * @return the customers, not null
     */
    public List<CustomerId> customers(PartnerId reseller, BillCycle cycle) {
        return customers(store, Objects.requireNonNull(reseller, "reseller"), Objects.requireNonNull(cycle, "cycle"));
    }

    static List<CustomerId> customers(BillingStore s, PartnerId reseller, BillCycle cycle) {
        TreeSet<CustomerId> ids = new TreeSet<>();
        s.lines().scan(reseller, cycle, line -> ids.add(line.customer()));
        return List.copyOf(ids);
    }

    /**
     * Issues a customer's statement of a cycle at the facade clock's instant. Issuing again
     * returns the same statement.
     *
     * @param reseller the reseller who bills, not null
     * @param customer the customer, not null
     * @param cycle the cycle, not null
     * @return the issued statement, not null
     * @throws NotYetIssuableException if the reseller's bill of the cycle is not issued yet
     */
    public IssuedStatement issue(PartnerId reseller, CustomerId customer, BillCycle cycle) {
        Objects.requireNonNull(reseller, "reseller");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(cycle, "cycle");
        return store.inTransaction(s -> issue(s, Pricer.of(s, reseller), reseller, customer, cycle));
    }

    /**
     * Issues the statements of every customer with lines in a reseller's cycle, in one transaction.
     *
     * @param reseller the reseller, not null
     * @param cycle the cycle, not null
     * @return the issued statements, by customer id, not null
     * @throws NotYetIssuableException if the reseller's bill of the cycle is not issued yet
     */
    public List<IssuedStatement> issueAll(PartnerId reseller, BillCycle cycle) {
        Objects.requireNonNull(reseller, "reseller");
        Objects.requireNonNull(cycle, "cycle");
        return store.inTransaction(s -> {
            Pricer pricer = Pricer.of(s, reseller);
            List<IssuedStatement> issued = new ArrayList<>();
            for (CustomerId c : customers(s, reseller, cycle)) {
                issued.add(issue(s, pricer, reseller, c, cycle));
            }
            return List.copyOf(issued);
        });
    }

    private IssuedStatement issue(BillingStore s, Pricer pricer, PartnerId reseller, CustomerId customer, BillCycle cycle) {
        Optional<IssuedStatement> existing = s.statements().find(customer, cycle);
        if (existing.isPresent()) {
            if (!existing.get().reseller().equals(reseller)) {
                throw new DuplicateKeyException("The " + cycle + " statement of customer '" + customer
                        + "' was issued by reseller '" + existing.get().reseller() + "', not '" + reseller + "'");
            }
            return existing.get();
        }
        if (!s.bills().isIssued(reseller, cycle)) {
            throw new NotYetIssuableException(reseller, cycle, "The " + cycle + " statement of customer '" + customer
                    + "' can be issued once the bill of reseller '" + reseller + "' for " + cycle
                    + " is issued (its lines are final from then on)");
        }
        CustomerStatement statement = compute(s, pricer, reseller, customer, cycle);
        Instant now = clock.instant();
        String number = numbering.number(s, BilledParty.customer(reseller, customer), cycle, now,
                () -> s.statements().ofReseller(reseller).stream().map(IssuedStatement::issuedAt).toList());
        IssuedStatement issued = IssuedStatement.of(statementId(customer, cycle), number, now, statement,
                ExactMoney.monetary(BigDecimal.ZERO, currency));
        s.statements().insert(issued);
        return applyCredit(s, issued);
    }

    /**
     * Settles a new statement from the customer's credit (what its payments to this reseller
     * have left over, oldest payment first), as a partner's credit reduces its next bill.
     */
    @SuppressWarnings("ReferenceEquality") // identity tells whether any payment made a new version
    private IssuedStatement applyCredit(BillingStore s, IssuedStatement issued) {
        List<Payment> payments = s.statements().paymentsOf(issued.customer()).stream()
                .filter(p -> p.partner().equals(issued.reseller())).toList();
        Allocation<Payment> filled = Allocation.fill(ExactMoney.decimal(issued.outstanding()), payments,
                p -> leftover(s, p));
        IssuedStatement result = issued;
        for (Allocation.Take<Payment> take : filled.takes()) {
            MonetaryAmount amount = ExactMoney.monetary(take.amount(), currency);
            result = result.withPayment(amount);
            s.statements().insert(new PaymentApplication(take.item().reference(), issued.id(), amount));
        }
        if (result != issued) {
            s.statements().update(result);
        }
        return result;
    }

    private static BigDecimal leftover(BillingStore s, Payment payment) {
        BigDecimal left = ExactMoney.decimal(payment.amount());
        for (PaymentApplication a : s.statements().applicationsOf(payment.reference())) {
            left = left.subtract(ExactMoney.decimal(a.amount()));
        }
        return left;
    }

    private static StatementId statementId(CustomerId customer, BillCycle cycle) {
        String readable = customer.value() + "/" + cycle;
        return readable.length() <= Identifier.MAX_LENGTH ? StatementId.of(readable)
                : StatementId.of(UUID.nameUUIDFromBytes(readable.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /**
     * Finds a customer's issued statement of a cycle.
     *
     * @param customer the customer, not null
     * @param cycle the cycle, not null
     * @return the statement, or empty, not null
     */
    public Optional<IssuedStatement> issued(CustomerId customer, BillCycle cycle) {
        return store.statements().find(Objects.requireNonNull(customer, "customer"), Objects.requireNonNull(cycle, "cycle"));
    }

    /**
     * Finds an issued statement.
     *
     * @param id the id, not null
     * @return the statement, or empty, not null
     */
    public Optional<IssuedStatement> issued(StatementId id) {
        return store.statements().find(Objects.requireNonNull(id, "id"));
    }

    /**
     * Lists a reseller's issued statements, by cycle then customer.
     *
     * @param reseller the reseller, not null
     * @return the statements, not null
     */
    public List<IssuedStatement> issuedStatements(PartnerId reseller) {
        return store.statements().ofReseller(Objects.requireNonNull(reseller, "reseller"));
    }

    /**
     * Lists a customer's issued statements with something outstanding, oldest cycle first.
     *
     * @param customer the customer, not null
     * @return the statements, not null
     */
    public List<IssuedStatement> unpaid(CustomerId customer) {
        return unpaid(store, Objects.requireNonNull(customer, "customer"));
    }

    static List<IssuedStatement> unpaid(BillingStore s, CustomerId customer) {
        return s.statements().ofCustomer(customer).stream()
                .filter(st -> ExactMoney.decimal(st.outstanding()).signum() > 0).toList();
    }

    /**
     * Applies a payment collected from a customer to its unpaid statements, oldest cycle first, by the
     * rule of partner repayments. Applying the same payment again returns the first receipt (with the
     * first payment's receive instant) and changes nothing: a payment with the reference, reseller,
     * customer, amount and method of a collected one is the same payment, whatever instant the caller
     * stamped on it, so that a retry after a lost answer is a no-op.
     *
     * @param payment the payment, paid by a {@link BilledParty#customer customer}, not null
     * @return what it settled and what became the customer's credit, not null
     * @throws CurrencyMismatchException if it is not in the billing currency
     * @throws InvalidValueException if a partner paid it (a partner's payment goes to {@link PaymentBook#apply})
     * @throws DuplicateKeyException if a payment with another reseller, customer, amount or method has its reference
     */
    public PaymentReceipt collect(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        if (!payment.payer().isCustomer()) {
            throw new InvalidValueException("Payment '" + payment.reference() + "' is paid by " + payment.payer()
                    + ": a partner's payment is applied to its bills (payments().apply), not collected for statements");
        }
        ExactMoney.requireCurrency(currency, payment.amount().getCurrency(), "Customer payment '" + payment.reference() + "'");
        return store.inTransaction(s -> PaymentApplier.apply(s, side, payment, currency));
    }

    /**
     * Lists a customer's payments, in the order they were collected.
     *
     * @param customer the customer, not null
     * @return the payments, not null
     */
    public List<Payment> payments(CustomerId customer) {
        return store.statements().paymentsOf(Objects.requireNonNull(customer, "customer"));
    }

    /**
     * Lists how a statement was paid.
     *
     * @param statement the statement, not null
     * @return the applications to it, not null
     */
    public List<PaymentApplication> applicationsTo(StatementId statement) {
        return store.statements().applicationsTo(Objects.requireNonNull(statement, "statement"));
    }

    /**
     * Returns what a customer has paid beyond its statements: payments less what they settled.
     *
     * @param customer the customer, not null
     * @return the credit, zero or more, not null
     */
    public MonetaryAmount creditBalance(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return store.inTransaction(s -> {
            BigDecimal credit = BigDecimal.ZERO;
            for (Payment p : s.statements().paymentsOf(customer)) {
                credit = credit.add(ExactMoney.decimal(p.amount()));
                for (PaymentApplication a : s.statements().applicationsOf(p.reference())) {
                    credit = credit.subtract(ExactMoney.decimal(a.amount()));
                }
            }
            return ExactMoney.monetary(credit, currency);
        });
    }

    /** @return the tax policy of customer statements, not null */
    public TaxPolicy taxPolicy() {
        return taxPolicy;
    }
}
