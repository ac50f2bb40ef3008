package io.partnerbill.tax;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.core.tax.TaxRequest;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The {@link TaxPolicy} of the region where each partner is registered: partners' tax
 * registrations, the operator's supplier entity, a {@link RateTable}, the {@link TaxDateRule}
 * that picks the rates' date and a {@link TaxRounding} per jurisdiction.
 *
 * <pre>{@code
 * RegionTaxPolicy policy = RegionTaxPolicy.builder()
 *         .supplier(Supplier.india("Operator India Pvt Ltd", Gstin.of("29AAACO1234K1ZH")))
 *         .register(PartnerId.of("P-BLR"), TaxRegistration.india(Gstin.of("29ABCDE1234F1ZW")))
 *         .build();
 * }</pre>
 *
 * <p>The rules, in order: if the partner or the supplier is in India, India's GST applies
 * (table row {@code IN,GST}): same state → CGST + SGST (UTGST in a union territory without a
 * legislature) at half the rate each; another state, an SEZ unit, or a supplier abroad →
 * IGST at the full rate; a partner abroad → export: IGST zero-rated "export under LUT" when the
 * supplier has a letter of undertaking, IGST at the full rate otherwise. Else, a partner in an
 * EU member state with a VAT id, buying from a supplier in another country, is charged each of
 * its region's taxes zero-rated with the reason "reverse charge". Else every tax of the
 * partner's region in force on the tax date is charged. A base of zero or less has no tax.
 *
 * <p>Customer statements: a request with a {@link TaxRequest#customer() customer} is the tax a
 * reseller charges its customer. The same rules apply with the customer as the recipient (its
 * registration from {@link Builder#registerCustomer}) and the reseller as the supplier (its
 * entity from {@link Builder#reseller}, else the policy's supplier, so a policy built for one
 * reseller can simply name it as {@link Builder#supplier(Supplier)}). A reseller in Karnataka
 * billing a customer in Maharashtra charges IGST.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegionTaxPolicy implements TaxPolicy {

    private static final int SEARCH = 3;

    private final Map<PartnerId, TaxRegistration> registrations;
    private final Map<CustomerId, TaxRegistration> customerRegistrations;
    private final Map<PartnerId, Supplier> resellers;
    private final Supplier supplier;
    private final Map<Country, Supplier> suppliers;
    private final RateTable rates;
    private final TaxDateRule taxDate;
    private final TaxRounding rounding;
    private final Map<Country, TaxRounding> roundings;

    private RegionTaxPolicy(Builder b, Supplier supplier) {
        this.registrations = Map.copyOf(b.registrations);
        this.customerRegistrations = Map.copyOf(b.customerRegistrations);
        this.resellers = Map.copyOf(b.resellers);
        this.supplier = supplier;
        this.suppliers = Map.copyOf(b.suppliers);
        this.rates = b.rates;
        this.taxDate = b.taxDate;
        this.rounding = b.rounding;
        this.roundings = Map.copyOf(b.roundings);
    }

    /**
     * Starts a builder. Only the supplier is required; the rates default to
     * {@link RateTable#builtIn()}, the tax date to {@link TaxDateRule#issueDate()} and the rounding
     * to {@link TaxRounding#DEFAULT}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Computes the tax of a bill.
     *
     * @param request the partner, cycle, base and tax date, not null
     * @return the components, empty when the base is zero or less, not null
     * @throws UnknownEntityException if the partner has no registration
     * @throws NoTaxRateException if the rate table has no rate for the partner's region on the date
     */
    @Override
    public TaxBreakdown tax(TaxRequest request) {
        Objects.requireNonNull(request, "request");
        MonetaryAmount base = request.base();
        if (ExactMoney.decimal(base).signum() <= 0) {
            return TaxBreakdown.none(base.getCurrency());
        }
        Charge.Decision d = decide(request);
        return TaxMath.breakdown(d.charges(), base, roundingFor(d.jurisdiction()));
    }

    /**
     * Splits a tax-inclusive amount into base and tax: the base (at the currency's minor unit)
     * whose base + tax comes nearest the inclusive amount, and the tax this policy charges on it.
     * The {@link InclusiveSplit#residue()} is at most one tax rounding step when the tax is one
     * component or rounded per bill; with n components rounded on their own, at most (n + 1) / 2
     * steps (CGST + SGST: 1.5 steps), since equal components round up together.
     *
     * @param request the request whose base is the tax-inclusive amount, not null
     * @return the split, not null; an inclusive amount of zero or less is all base
     * @throws UnknownEntityException if the partner has no registration
     * @throws NoTaxRateException if the rate table has no rate for the partner's region on the date
     */
    public InclusiveSplit splitInclusive(TaxRequest request) {
        Objects.requireNonNull(request, "request");
        MonetaryAmount inclusive = request.base();
        BigDecimal total = ExactMoney.decimal(inclusive);
        if (total.signum() <= 0) {
            return new InclusiveSplit(inclusive, inclusive, TaxBreakdown.none(inclusive.getCurrency()));
        }
        Charge.Decision d = decide(request);
        TaxRounding r = roundingFor(d.jurisdiction());
        BigDecimal effective = BigDecimal.ONE;
        for (Charge c : d.charges()) {
            if (c.isCharged()) {
                effective = effective.add(c.ratePercent().multiply(new BigDecimal(c.baseFactor().numerator()))
                        .divide(new BigDecimal(c.baseFactor().denominator()).movePointRight(2), MathContext.DECIMAL128));
            }
        }
        int scale = TaxMath.currencyScale(inclusive.getCurrency());
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal guess = total.divide(effective, MathContext.DECIMAL128).setScale(scale, RoundingMode.HALF_UP);
        InclusiveSplit best = null;
        BigDecimal bestMiss = null;
        for (int k = 0; k <= 2 * SEARCH; k++) {
            int offset = (k + 1) / 2 * (k % 2 == 0 ? 1 : -1);
            BigDecimal b = guess.add(step.multiply(BigDecimal.valueOf(offset)));
            if (b.signum() <= 0 || b.compareTo(total) > 0) {
                continue;
            }
            MonetaryAmount base = ExactMoney.monetary(b, inclusive.getCurrency());
            InclusiveSplit split = new InclusiveSplit(inclusive, base, TaxMath.breakdown(d.charges(), base, r));
            BigDecimal miss = ExactMoney.decimal(split.residue()).abs();
            if (best == null || miss.compareTo(bestMiss) < 0) {
                best = split;
                bestMiss = miss;
            }
        }
        return best != null ? best
                : new InclusiveSplit(inclusive, inclusive, TaxMath.breakdown(d.charges(), inclusive, r));
    }

    private Charge.Decision decide(TaxRequest request) {
        if (request.customer().isPresent()) {
            CustomerId customer = request.customer().get();
            TaxRegistration registration = customerRegistration(customer).orElseThrow(() -> new UnknownEntityException(
                    "Customer '" + customer + "' of reseller '" + request.partner() + "' has no tax registration"));
            Supplier seller = resellers.getOrDefault(request.partner(), supplierFor(registration.country()));
            return ChargeRules.decide(registration, seller, rates, taxDate(request));
        }
        TaxRegistration registration = registration(request.partner()).orElseThrow(() -> new UnknownEntityException(
                "Partner '" + request.partner() + "' has no tax registration"));
        return ChargeRules.decide(registration, supplierFor(registration.country()), rates, taxDate(request));
    }

    /**
     * Returns the day whose rates apply to a request, by this policy's {@link TaxDateRule}.
     *
     * @param request the request, not null
     * @return the day, not null
     */
    public LocalDate taxDate(TaxRequest request) {
        return Objects.requireNonNull(taxDate.dateFor(request), "tax date rule returned null");
    }

    /**
     * Returns a partner's registration.
     *
     * @param partner the partner, not null
     * @return the registration, or empty, not null
     */
    public Optional<TaxRegistration> registration(PartnerId partner) {
        return Optional.ofNullable(registrations.get(Objects.requireNonNull(partner, "partner")));
    }

    /**
     * Returns a reseller's customer's registration.
     *
     * @param customer the customer, not null
     * @return the registration, or empty, not null
     */
    public Optional<TaxRegistration> customerRegistration(CustomerId customer) {
        return Optional.ofNullable(customerRegistrations.get(Objects.requireNonNull(customer, "customer")));
    }

    /**
     * Returns the supplier that sells to partners registered in a country.
     *
     * @param partnerCountry the partners' country, not null
     * @return the supplier, not null
     */
    public Supplier supplierFor(Country partnerCountry) {
        return suppliers.getOrDefault(Objects.requireNonNull(partnerCountry, "partnerCountry"), supplier);
    }

    /**
     * Returns how tax of a jurisdiction (the country whose rules apply) is rounded.
     *
     * @param jurisdiction the country, not null
     * @return the rounding, not null
     */
    public TaxRounding roundingFor(Country jurisdiction) {
        return roundings.getOrDefault(Objects.requireNonNull(jurisdiction, "jurisdiction"), rounding);
    }

    /** @return the rate table, not null */
    public RateTable rates() {
        return rates;
    }

    /** @return the rule that picks the rates' date, not null */
    public TaxDateRule taxDateRule() {
        return taxDate;
    }

    @Override
    public String toString() {
        return "RegionTaxPolicy[" + registrations.size() + " partners, " + supplier + ", " + rates + ", " + taxDate
                + ", " + rounding + "]";
    }

    /** Builds a {@link RegionTaxPolicy}. */
    public static final class Builder {
        private final Map<PartnerId, TaxRegistration> registrations = new HashMap<>();
        private final Map<CustomerId, TaxRegistration> customerRegistrations = new HashMap<>();
        private final Map<PartnerId, Supplier> resellers = new HashMap<>();
        private final Map<Country, Supplier> suppliers = new HashMap<>();
        private final Map<Country, TaxRounding> roundings = new HashMap<>();
        private @Nullable Supplier supplier;
        private RateTable rates = RateTable.builtIn();
        private TaxDateRule taxDate = TaxDateRule.issueDate();
        private TaxRounding rounding = TaxRounding.DEFAULT;

        private Builder() {
        }

        /**
         * Sets the supplier that sells to every partner without a country-specific one (required).
         *
         * @param supplier the operator's selling entity, not null
         * @return this builder
         */
        public Builder supplier(Supplier supplier) {
            this.supplier = Objects.requireNonNull(supplier, "supplier");
            return this;
        }

        /**
         * Sets the supplier that sells to partners registered in a country.
         *
         * @param partnerCountry the partners' country, not null
         * @param supplier the operator's selling entity for them, not null
         * @return this builder
         */
        public Builder supplier(Country partnerCountry, Supplier supplier) {
            suppliers.put(Objects.requireNonNull(partnerCountry, "partnerCountry"), Objects.requireNonNull(supplier, "supplier"));
            return this;
        }

        /**
         * Registers a partner's tax registration.
         *
         * @param partner the partner, not null
         * @param registration its registration, not null
         * @return this builder
         * @throws InvalidValueException if the partner is already registered differently
         */
        public Builder register(PartnerId partner, TaxRegistration registration) {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(registration, "registration");
            TaxRegistration old = registrations.putIfAbsent(partner, registration);
            if (old != null && !old.equals(registration)) {
                throw new InvalidValueException("Partner '" + partner + "' is already registered as '" + old
                        + "', was '" + registration + "'");
            }
            return this;
        }

        /**
         * Registers a reseller's customer's tax registration, for customer statements.
         *
         * @param customer the customer, not null
         * @param registration its registration, not null
         * @return this builder
         * @throws InvalidValueException if the customer is already registered differently
         */
        public Builder registerCustomer(CustomerId customer, TaxRegistration registration) {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(registration, "registration");
            TaxRegistration old = customerRegistrations.putIfAbsent(customer, registration);
            if (old != null && !old.equals(registration)) {
                throw new InvalidValueException("Customer '" + customer + "' is already registered as '" + old
                        + "', was '" + registration + "'");
            }
            return this;
        }

        /**
         * Sets the selling entity of a reseller when it bills its own customers (default: the
         * policy's supplier).
         *
         * @param reseller the reseller, not null
         * @param entity the reseller as a supplier, not null
         * @return this builder
         */
        public Builder reseller(PartnerId reseller, Supplier entity) {
            resellers.put(Objects.requireNonNull(reseller, "reseller"), Objects.requireNonNull(entity, "entity"));
            return this;
        }

        /**
         * Sets the rate table (default {@link RateTable#builtIn()}).
         *
         * @param rates the table, not null
         * @return this builder
         */
        public Builder rates(RateTable rates) {
            this.rates = Objects.requireNonNull(rates, "rates");
            return this;
        }

        /**
         * Sets the rule that picks the rates' date (default {@link TaxDateRule#issueDate()}).
         *
         * @param taxDate the rule, not null
         * @return this builder
         */
        public Builder taxDate(TaxDateRule taxDate) {
            this.taxDate = Objects.requireNonNull(taxDate, "taxDate");
            return this;
        }

        /**
         * Sets the rounding of every jurisdiction without its own (default {@link TaxRounding#DEFAULT}).
         *
         * @param rounding the rounding, not null
         * @return this builder
         */
        public Builder rounding(TaxRounding rounding) {
            this.rounding = Objects.requireNonNull(rounding, "rounding");
            return this;
        }

        /**
         * Sets the rounding of one jurisdiction, such as India's whole rupee.
         *
         * @param jurisdiction the country whose rules apply, not null
         * @param rounding the rounding, not null
         * @return this builder
         */
        public Builder rounding(Country jurisdiction, TaxRounding rounding) {
            roundings.put(Objects.requireNonNull(jurisdiction, "jurisdiction"), Objects.requireNonNull(rounding, "rounding"));
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, not null
         * @throws IllegalStateException if no supplier was set
         */
        public RegionTaxPolicy build() {
            if (supplier == null) {
                throw new IllegalStateException("RegionTaxPolicy needs a supplier: call supplier(Supplier.of(..))");
            }
            return new RegionTaxPolicy(this, supplier);
        }
    }
}
