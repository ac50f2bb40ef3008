package io.partnerbill.core.billing;

import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.InvoiceNumberer;
import io.partnerbill.core.bill.InvoiceNumbering;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.payment.CreditPolicy;
import io.partnerbill.core.payment.PaymentAllocation;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.tax.TaxPolicy;
import java.time.Clock;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.jspecify.annotations.Nullable;

/**
 * The facade a service builds once and then calls for everything: discounts, resellers,
 * customers, budgets, orders, bill lines, monthly bills and their issue, repayment and coupons;
 * and the reseller's side towards its own customers: prices, statements and margins.
 *
 * <pre>{@code
 * PartnerBilling billing = PartnerBilling.builder()
 *         .currency("USD")
 *         .store(BillingStore.inMemory())
 *         .taxPolicy(TaxPolicy.none())
 *         .build();
 * }</pre>
 *
 * <p>Nothing here starts threads. This class is immutable and thread-safe when its store,
 * tax policy and clock are.
 */
public final class PartnerBilling {

    private final BillingStore store;
    private final TaxPolicy taxPolicy;
    private final Clock clock;
    private final BillingCalendar calendar;
    private final RoundingPolicy billRounding;
    private final CurrencyUnit currency;
    private final DiscountBook discounts;
    private final LineBook lines;
    private final BillBook bills;
    private final PaymentBook payments;
    private final CouponBook coupons;
    private final CreditPolicy creditPolicy;
    private final ResellerProgram resellers;
    private final CustomerBook customers;
    private final BudgetLedger budgets;
    private final OrderBook orders;
    private final TaxPolicy customerTaxPolicy;
    private final PriceBook prices;
    private final StatementBook statements;
    private final MarginBook margins;

    private PartnerBilling(Builder b, CurrencyUnit currency) {
        this.store = b.store;
        this.taxPolicy = b.taxPolicy;
        this.clock = b.clock;
        this.calendar = b.calendar;
        this.billRounding = b.billRounding;
        this.currency = currency;
        this.discounts = DiscountBook.of(store, clock);
        this.creditPolicy = b.creditPolicy;
        this.lines = new LineBook(store, calendar, currency);
        MonthlyBillCalculator calculator = MonthlyBillCalculator.of(taxPolicy, calendar, billRounding);
        Numbering numbering = new Numbering(b.invoiceNumbering, b.invoiceNumberer, calendar);
        this.bills = new BillBook(store, calendar, currency, calculator,
                new BillIssuer(store, calendar, clock, currency, calculator, b.creditPolicy, numbering), clock);
        this.payments = new PaymentBook(store, currency, b.paymentAllocation);
        this.coupons = new CouponBook(store, currency);
        this.resellers = ResellerProgram.of(store, clock);
        this.customers = CustomerBook.of(store, clock);
        this.budgets = BudgetLedger.of(store, clock, calendar, currency);
        this.orders = OrderBook.of(store, calendar, currency, discounts, budgets);
        this.customerTaxPolicy = b.customerTaxPolicy;
        this.prices = new PriceBook(store, calendar, currency, clock);
        this.statements = new StatementBook(store, calendar, currency, billRounding, b.customerTaxPolicy,
                numbering, clock);
        this.margins = new MarginBook(store, currency, billRounding, statements);
    }

    /**
     * Starts a builder. Only the currency is required; the rest defaults to an in-memory
     * store, no tax, the system clock, the Beijing calendar and HALF_UP bill totals.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the authorized discounts, not null */
    public DiscountBook discounts() {
        return discounts;
    }

    /** @return the bill lines, not null */
    public LineBook lines() {
        return lines;
    }

    /** @return the monthly bills: calculate, estimate, issue, amount due, not null */
    public BillBook bills() {
        return bills;
    }

    /** @return repayment: payments, payment records, credit and the ledger check, not null */
    public PaymentBook payments() {
        return payments;
    }

    /** @return the partners' cash coupons, not null */
    public CouponBook coupons() {
        return coupons;
    }

    /** @return what happens to a negative bill's surplus, not null */
    public CreditPolicy creditPolicy() {
        return creditPolicy;
    }

    /** @return the reseller program: enrollment and application status, not null */
    public ResellerProgram resellers() {
        return resellers;
    }

    /** @return the resellers' customers, not null */
    public CustomerBook customers() {
        return customers;
    }

    /** @return the customers' budgets, freezes and audit trails, not null */
    public BudgetLedger budgets() {
        return budgets;
    }

    /** @return orders, refunds and fee adjustments, not null */
    public OrderBook orders() {
        return orders;
    }

    /** @return the resellers' customer price books (repricing rules), not null */
    public PriceBook prices() {
        return prices;
    }

    /** @return the resellers' statements to their customers, and customer payments, not null */
    public StatementBook statements() {
        return statements;
    }

    /** @return the resellers' margin reports, not null */
    public MarginBook margins() {
        return margins;
    }

    /** @return the tax policy of customer statements (the reseller as supplier), not null */
    public TaxPolicy customerTaxPolicy() {
        return customerTaxPolicy;
    }

    /** @return the store, not null */
    public BillingStore store() {
        return store;
    }

    /** @return the tax policy, not null */
    public TaxPolicy taxPolicy() {
        return taxPolicy;
    }

    /** @return the clock, not null */
    public Clock clock() {
        return clock;
    }

    /** @return the billing calendar, not null */
    public BillingCalendar calendar() {
        return calendar;
    }

    /** @return how bill totals round, not null */
    public RoundingPolicy billRounding() {
        return billRounding;
    }

    /** @return the billing currency, not null */
    public CurrencyUnit currency() {
        return currency;
    }

    /** Builds a {@link PartnerBilling}. */
    public static final class Builder {
        private BillingStore store = BillingStore.inMemory();
        private TaxPolicy taxPolicy = TaxPolicy.none();
        private Clock clock = Clock.systemUTC();
        private BillingCalendar calendar = BillingCalendar.beijing();
        private RoundingPolicy billRounding = RoundingPolicy.BILL_TOTAL;
        private @Nullable CurrencyUnit currency;
        private CreditPolicy creditPolicy = CreditPolicy.ZERO_DUE;
        private InvoiceNumberer invoiceNumberer = InvoiceNumberer.standard();
        private @Nullable InvoiceNumbering invoiceNumbering;
        private PaymentAllocation paymentAllocation = PaymentAllocation.oldestFirst();
        private TaxPolicy customerTaxPolicy = TaxPolicy.none();

        private Builder() {
        }

        /**
         * Sets the store (default: a new in-memory store).
         *
         * @param store the store, not null
         * @return this builder
         */
        public Builder store(BillingStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets the tax policy (default: no tax).
         *
         * @param taxPolicy the policy, not null
         * @return this builder
         */
        public Builder taxPolicy(TaxPolicy taxPolicy) {
            this.taxPolicy = Objects.requireNonNull(taxPolicy, "taxPolicy");
            return this;
        }

        /**
         * Sets the tax a reseller charges its customers on their statements (default: no tax).
         * It is asked with {@link io.partnerbill.core.tax.TaxRequest#ofCustomer}: the partner is
         * the reseller (now the supplier), the customer the recipient. Separate from
         * {@link #taxPolicy}, the operator's tax on the reseller.
         *
         * @param customerTaxPolicy the policy, not null
         * @return this builder
         */
        public Builder customerTaxPolicy(TaxPolicy customerTaxPolicy) {
            this.customerTaxPolicy = Objects.requireNonNull(customerTaxPolicy, "customerTaxPolicy");
            return this;
        }

        /**
         * Sets the clock (default: the system clock).
         *
         * @param clock the clock, not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the billing calendar (default: Beijing time).
         *
         * @param calendar the calendar, not null
         * @return this builder
         */
        public Builder calendar(BillingCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * Sets how bill totals round (default HALF_UP to the currency's fraction digits).
         *
         * @param billRounding the policy, not null
         * @return this builder
         */
        public Builder billRounding(RoundingPolicy billRounding) {
            this.billRounding = Objects.requireNonNull(billRounding, "billRounding");
            return this;
        }

        /**
         * Sets what happens to a negative bill's surplus (default ZERO_DUE, the operator's behaviour).
         *
         * @param creditPolicy the policy, not null
         * @return this builder
         */
        public Builder creditPolicy(CreditPolicy creditPolicy) {
            this.creditPolicy = Objects.requireNonNull(creditPolicy, "creditPolicy");
            return this;
        }

        /**
         * Sets how issued bills and customer statements are numbered (default {@code PB-2024-000017} for a
         * partner's bill, gap-free per partner and year, and {@code CS-2024-000017} for a customer's
         * statement, gap-free per reseller and year). The numberer tells them apart by
         * {@link InvoiceNumberer.Context#party()}. Replaces an {@link #invoiceNumbering} set before.
         *
         * <p>These numbers are unique per partner, not per issuer: two partners' first bills are
         * both {@code PB-2024-000001}. Where tax law wants numbers unique per issuer, use
         * {@link #invoiceNumbering(InvoiceNumbering)}.
         *
         * @param invoiceNumberer the numberer, not null
         * @return this builder
         */
        public Builder invoiceNumberer(InvoiceNumberer invoiceNumberer) {
            this.invoiceNumberer = Objects.requireNonNull(invoiceNumberer, "invoiceNumberer");
            this.invoiceNumbering = null;
            return this;
        }

        /**
         * Numbers bills and statements per issuer (the operator for partners' bills, each reseller
         * for its customers' statements) in the given series, from the store's
         * {@link BillingStore#invoiceCounters() invoice counters}, instead of per partner.
         * Replaces an {@link #invoiceNumberer} set before.
         *
         * <p>Not the default, so that existing users' numbers do not change. When switching an
         * existing store, use a prefix the old numbers do not use (or switch at a year's start with
         * a new prefix): a series counts from 1.
         *
         * @param invoiceNumbering the numbering, not null
         * @return this builder
         */
        public Builder invoiceNumbering(InvoiceNumbering invoiceNumbering) {
            this.invoiceNumbering = Objects.requireNonNull(invoiceNumbering, "invoiceNumbering");
            return this;
        }

        /**
         * Sets the order in which payments settle unpaid bills (default oldest first).
         *
         * @param paymentAllocation the allocation, not null
         * @return this builder
         */
        public Builder paymentAllocation(PaymentAllocation paymentAllocation) {
            this.paymentAllocation = Objects.requireNonNull(paymentAllocation, "paymentAllocation");
            return this;
        }

        /**
         * Sets the billing currency (required).
         *
         * @param currency the currency, not null
         * @return this builder
         */
        public Builder currency(CurrencyUnit currency) {
            this.currency = Objects.requireNonNull(currency, "currency");
            return this;
        }

        /**
         * Sets the billing currency by its ISO 4217 code (required).
         *
         * @param currencyCode the code, such as "USD", not null
         * @return this builder
         * @throws InvalidValueException if the code is not a known currency
         */
        public Builder currency(String currencyCode) {
            Objects.requireNonNull(currencyCode, "currencyCode");
            try {
                this.currency = Monetary.getCurrency(currencyCode);
            } catch (javax.money.UnknownCurrencyException e) {
                throw new InvalidValueException("Unknown currency '" + currencyCode + "'");
            }
            return this;
        }

        /**
         * Builds the facade.
         *
         * @return the facade, not null
         * @throws IllegalStateException if no currency was set
         */
        public PartnerBilling build() {
            if (currency == null) {
                throw new IllegalStateException("PartnerBilling needs a billing currency: call currency(\"USD\") or similar");
            }
            return new PartnerBilling(this, currency);
        }
    }
}
