package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.money.LineUnits;
import io.partnerbill.core.internal.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * One row of a cycle's bill details (the operator's "Consumed Product Details"),
 * with every column that is data; display names (customer, account, partner) are not kept.
 *
 * <p>Amounts keep 8 decimals and are never truncated: a value with more decimals is refused.
 * Sign rules: an EXPENDITURE's amounts are zero or positive, a REFUND's zero or negative (and
 * a refund names its original order), an ADJUSTMENT's either. Both amounts share a currency.
 * Whether the transaction instant lies in the cycle depends on the billing zone, so the
 * facade checks that against its {@link io.partnerbill.core.BillingCalendar}.
 *
 * <p>A line is identified by its order id: a store keeps one line per order id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillLine {

    private final BillCycle cycle;
    private final PartnerId partner;
    private final CustomerId customer;
    private final BillType billType;
    private final BillingMode billingMode;
    private final String productType;
    private final String productTypeCode;
    private final String productName;
    private final ProductId product;
    private final String application;
    private final String specifications;
    private final String resourceType;
    private final String resourceTypeCode;
    private final String region;
    private final String regionCode;
    private final OrderId orderId;
    private final @Nullable OrderId originalOrderId;
    private final Instant transactionTime;
    private final OrderType orderType;
    private final CurrencyUnit currency;
    private final SettlementType settlementType;
    private final DiscountRate discount;
    // Amounts as 10^-8 units; a value that does not fit a long is kept as *Huge instead.
    final long expenditureUnits;
    final @Nullable BigDecimal expenditureHuge;
    final long settlementUnits;
    final @Nullable BigDecimal settlementHuge;

    private BillLine(Builder b) {
        cycle = Objects.requireNonNull(b.cycle, "cycle");
        partner = Objects.requireNonNull(b.partner, "partner");
        customer = Objects.requireNonNull(b.customer, "customer");
        billType = Objects.requireNonNull(b.billType, "billType");
        billingMode = Objects.requireNonNull(b.billingMode, "billingMode");
        orderId = Objects.requireNonNull(b.orderId, "orderId");
        product = Objects.requireNonNull(b.product, "product");
        productType = Texts.requireNonBlank(b.productType, "Bill line", "productType");
        productName = Texts.requireNonBlank(b.productName, "Bill line", "productName");
        regionCode = Texts.requireNonBlank(b.regionCode, "Bill line", "regionCode");
        productTypeCode = optional(b.productTypeCode, "productTypeCode");
        application = optional(b.application, "application");
        specifications = optional(b.specifications, "specifications");
        resourceType = optional(b.resourceType, "resourceType");
        resourceTypeCode = optional(b.resourceTypeCode, "resourceTypeCode");
        region = optional(b.region, "region");
        originalOrderId = b.originalOrderId;
        transactionTime = Objects.requireNonNull(b.transactionTime, "transactionTime");
        orderType = Objects.requireNonNull(b.orderType, "orderType");
        settlementType = Objects.requireNonNull(b.settlementType, "settlementType");
        discount = Objects.requireNonNull(b.discount, "discount");
        // The builder holds both amounts as decimal and currency: a Moneta amount given to it is
        // taken apart once, and the order path and settleAtDiscount() never build one.
        currency = Objects.requireNonNull(b.expenditureCurrency, "customerExpenditure");
        BigDecimal exp = ExactMoney.atLineScale(Objects.requireNonNull(b.expenditureValue, "customerExpenditure"),
                "Customer expenditure of order '%s'", orderId);
        ExactMoney.requireCurrency(currency, Objects.requireNonNull(b.settlementCurrency, "settlementAmount"),
                "Settlement amount of order '%s'", orderId);
        BigDecimal set = ExactMoney.atLineScale(Objects.requireNonNull(b.settlementValue, "settlementAmount"),
                "Settlement amount of order '%s'", orderId);
        checkSign(exp, "customer expenditure");
        checkSign(set, "settlement amount");
        if (billType == BillType.REFUND && originalOrderId == null) {
            throw new InvalidValueException("Refund line '" + orderId + "' must name its original order");
        }
        if (orderId.equals(originalOrderId)) {
            throw new InvalidValueException("Line '" + orderId + "' names itself as its original order");
        }
        expenditureUnits = LineUnits.units(exp);
        expenditureHuge = LineUnits.hugeOrNull(exp);
        settlementUnits = LineUnits.units(set);
        settlementHuge = LineUnits.hugeOrNull(set);
    }

    private void checkSign(BigDecimal value, String what) {
        if (billType == BillType.EXPENDITURE && value.signum() < 0) {
            throw new InvalidValueException("Expenditure line '" + orderId + "' must have a zero or positive " + what
                    + ", was '" + value.toPlainString() + "'");
        }
        if (billType == BillType.REFUND && value.signum() > 0) {
            throw new InvalidValueException("Refund line '" + orderId + "' must have a zero or negative " + what
                    + ", was '" + value.toPlainString() + "'");
        }
    }


    private static String optional(@Nullable String text, String name) {
        return Objects.requireNonNull(text, name);
    }

    /**
     * Starts a builder. Text columns that the operator may leave empty (product type code,
     * application, specifications, resource type and code, region name) default to "".
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this line's values, to derive a changed line.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return builder().cycle(cycle).partner(partner).customer(customer).billType(billType).billingMode(billingMode)
                .productType(productType).productTypeCode(productTypeCode).productName(productName).product(product)
                .application(application).specifications(specifications).resourceType(resourceType)
                .resourceTypeCode(resourceTypeCode).region(region).regionCode(regionCode).orderId(orderId)
                .originalOrderId(originalOrderId).transactionTime(transactionTime).orderType(orderType)
                .settlementType(settlementType).discount(discount)
                .amounts(expenditureDecimal(), settlementDecimal(), currency);
    }

    /** @return the bill cycle, not null */
    public BillCycle cycle() {
        return cycle;
    }

    /** @return the partner billed, not null */
    public PartnerId partner() {
        return partner;
    }

    /** @return the partner's customer who ordered, not null */
    public CustomerId customer() {
        return customer;
    }

    /** @return the bill type, not null */
    public BillType billType() {
        return billType;
    }

    /** @return the billing mode, not null */
    public BillingMode billingMode() {
        return billingMode;
    }

    /** @return the product type, such as "Common products", not null */
    public String productType() {
        return productType;
    }

    /** @return the product type code, possibly empty, not null */
    public String productTypeCode() {
        return productTypeCode;
    }

    /** @return the product name, not null */
    public String productName() {
        return productName;
    }

    /** @return the product id, not null */
    public ProductId product() {
        return product;
    }

    /** @return the application, possibly empty, not null */
    public String application() {
        return application;
    }

    /** @return the specifications, possibly empty, not null */
    public String specifications() {
        return specifications;
    }

    /** @return the resource type, possibly empty, not null */
    public String resourceType() {
        return resourceType;
    }

    /** @return the resource type code, possibly empty, not null */
    public String resourceTypeCode() {
        return resourceTypeCode;
    }

    /** @return the region's display name, possibly empty, not null */
    public String region() {
        return region;
    }

    /** @return the cloud service region code, such as "ap-southeast-1", not null */
    public String regionCode() {
        return regionCode;
    }

    /** @return the order id, which identifies the line, not null */
    public OrderId orderId() {
        return orderId;
    }

    /** @return the original order a refund or change refers to, or empty, not null */
    public Optional<OrderId> originalOrderId() {
        return Optional.ofNullable(originalOrderId);
    }

    /** @return when the transaction happened, not null */
    public Instant transactionTime() {
        return transactionTime;
    }

    /** @return the order type, not null */
    public OrderType orderType() {
        return orderType;
    }

    /** @return the currency of both amounts, not null */
    public CurrencyUnit currency() {
        return currency;
    }

    /** @return the customer expenditure (list amount) at scale 8, not null */
    public MonetaryAmount customerExpenditure() {
        return ExactMoney.monetary(decimal(expenditureUnits, expenditureHuge), currency);
    }

    /** @return the settlement type, not null */
    public SettlementType settlementType() {
        return settlementType;
    }

    /** @return the partner settlement discount, not null */
    public DiscountRate discount() {
        return discount;
    }

    /** @return the settlement amount at scale 8, not null */
    public MonetaryAmount settlementAmount() {
        return ExactMoney.monetary(settlementDecimal(), currency);
    }

    /** @return the settlement amount as a decimal at scale 8, not null */
    public BigDecimal settlementDecimal() {
        return decimal(settlementUnits, settlementHuge);
    }

    /** @return the customer expenditure as a decimal at scale 8, not null */
    public BigDecimal expenditureDecimal() {
        return decimal(expenditureUnits, expenditureHuge);
    }

    private static BigDecimal decimal(long units, @Nullable BigDecimal huge) {
        return huge != null ? huge : BigDecimal.valueOf(units, ExactMoney.LINE_SCALE);
    }

    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof BillLine o
                && o.expenditureUnits == expenditureUnits && o.settlementUnits == settlementUnits
                && Objects.equals(o.expenditureHuge, expenditureHuge) && Objects.equals(o.settlementHuge, settlementHuge)
                && o.orderId.equals(orderId) && o.cycle.equals(cycle) && o.partner.equals(partner)
                && o.customer.equals(customer) && o.billType == billType && o.billingMode == billingMode
                && o.productType.equals(productType) && o.productTypeCode.equals(productTypeCode)
                && o.productName.equals(productName) && o.product.equals(product)
                && o.application.equals(application) && o.specifications.equals(specifications)
                && o.resourceType.equals(resourceType) && o.resourceTypeCode.equals(resourceTypeCode)
                && o.region.equals(region) && o.regionCode.equals(regionCode)
                && Objects.equals(o.originalOrderId, originalOrderId) && o.transactionTime.equals(transactionTime)
                && o.orderType == orderType && o.currency.getCurrencyCode().equals(currency.getCurrencyCode())
                && o.settlementType == settlementType && o.discount.equals(discount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, customer, product, transactionTime, expenditureUnits, settlementUnits);
    }

    @Override
    public String toString() {
        return "BillLine[" + orderId + " " + billType + " " + cycle + " " + partner + "/" + customer + " " + product
                + " @" + regionCode + " " + transactionTime + " " + currency.getCurrencyCode() + " "
                + expenditureDecimal().toPlainString() + " - " + discount + " = " + settlementDecimal().toPlainString() + "]";
    }

    /** Builds a {@link BillLine}. */
    public static final class Builder {
        private @Nullable BillCycle cycle;
        private @Nullable PartnerId partner;
        private @Nullable CustomerId customer;
        private @Nullable BillType billType;
        private BillingMode billingMode = BillingMode.YEARLY_MONTHLY;
        private @Nullable String productType;
        private String productTypeCode = "";
        private @Nullable String productName;
        private @Nullable ProductId product;
        private String application = "";
        private String specifications = "";
        private String resourceType = "";
        private String resourceTypeCode = "";
        private String region = "";
        private @Nullable String regionCode;
        private @Nullable OrderId orderId;
        private @Nullable OrderId originalOrderId;
        private @Nullable Instant transactionTime;
        private @Nullable OrderType orderType;
        private SettlementType settlementType = SettlementType.NORMAL_PRODUCT;
        private DiscountRate discount = DiscountRate.NONE;
        // Both amounts as decimal and currency: a Moneta amount given is taken apart once, here.
        private @Nullable BigDecimal expenditureValue;
        private @Nullable CurrencyUnit expenditureCurrency;
        private @Nullable BigDecimal settlementValue;
        private @Nullable CurrencyUnit settlementCurrency;

        private Builder() {
        }

        /**
         * Sets the bill cycle.
         *
         * @param cycle the cycle
         * @return this builder
         */
        public Builder cycle(BillCycle cycle) {
            this.cycle = cycle;
            return this;
        }

        /**
         * Sets the partner billed.
         *
         * @param partner the partner
         * @return this builder
         */
        public Builder partner(PartnerId partner) {
            this.partner = partner;
            return this;
        }

        /**
         * Sets the customer who ordered.
         *
         * @param customer the customer
         * @return this builder
         */
        public Builder customer(CustomerId customer) {
            this.customer = customer;
            return this;
        }

        /**
         * Sets the bill type.
         *
         * @param billType the bill type
         * @return this builder
         */
        public Builder billType(BillType billType) {
            this.billType = billType;
            return this;
        }

        /**
         * Sets the billing mode (default YEARLY_MONTHLY).
         *
         * @param billingMode the billing mode
         * @return this builder
         */
        public Builder billingMode(BillingMode billingMode) {
            this.billingMode = billingMode;
            return this;
        }

        /**
         * Sets the product type.
         *
         * @param productType the product type, not blank
         * @return this builder
         */
        public Builder productType(String productType) {
            this.productType = productType;
            return this;
        }

        /**
         * Sets the product type code.
         *
         * @param productTypeCode the code, possibly empty
         * @return this builder
         */
        public Builder productTypeCode(String productTypeCode) {
            this.productTypeCode = productTypeCode;
            return this;
        }

        /**
         * Sets the product name.
         *
         * @param productName the name, not blank
         * @return this builder
         */
        public Builder productName(String productName) {
            this.productName = productName;
            return this;
        }

        /**
         * Sets the product id.
         *
         * @param product the product
         * @return this builder
         */
        public Builder product(ProductId product) {
            this.product = product;
            return this;
        }

        /**
         * Sets the application.
         *
         * @param application the application, possibly empty
         * @return this builder
         */
        public Builder application(String application) {
            this.application = application;
            return this;
        }

        /**
         * Sets the specifications.
         *
         * @param specifications the specifications, possibly empty
         * @return this builder
         */
        public Builder specifications(String specifications) {
            this.specifications = specifications;
            return this;
        }

        /**
         * Sets the resource type.
         *
         * @param resourceType the resource type, possibly empty
         * @return this builder
         */
        public Builder resourceType(String resourceType) {
            this.resourceType = resourceType;
            return this;
        }

        /**
         * Sets the resource type code.
         *
         * @param resourceTypeCode the code, possibly empty
         * @return this builder
         */
        public Builder resourceTypeCode(String resourceTypeCode) {
            this.resourceTypeCode = resourceTypeCode;
            return this;
        }

        /**
         * Sets the region's display name.
         *
         * @param region the name, possibly empty
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Sets the cloud service region code.
         *
         * @param regionCode the code, not blank
         * @return this builder
         */
        public Builder regionCode(String regionCode) {
            this.regionCode = regionCode;
            return this;
        }

        /**
         * Sets the order id.
         *
         * @param orderId the order id
         * @return this builder
         */
        public Builder orderId(OrderId orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets the original order (required on refunds).
         *
         * @param originalOrderId the original order, or null for none
         * @return this builder
         */
        public Builder originalOrderId(@Nullable OrderId originalOrderId) {
            this.originalOrderId = originalOrderId;
            return this;
        }

        /**
         * Sets the transaction instant.
         *
         * @param transactionTime the instant
         * @return this builder
         */
        public Builder transactionTime(Instant transactionTime) {
            this.transactionTime = transactionTime;
            return this;
        }

        /**
         * Sets the order type.
         *
         * @param orderType the order type
         * @return this builder
         */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /**
         * Sets the customer expenditure (list amount).
         *
         * @param customerExpenditure the amount, at most 8 decimals
         * @return this builder
         */
        public Builder customerExpenditure(MonetaryAmount customerExpenditure) {
            // Missing until build(), which names it; an amount is taken apart here, once.
            this.expenditureValue = customerExpenditure == null ? null : ExactMoney.decimal(customerExpenditure);
            this.expenditureCurrency = customerExpenditure == null ? null : customerExpenditure.getCurrency();
            return this;
        }

        /**
         * Sets the customer expenditure (list amount) from its exact decimal, for a caller that
         * holds the decimal already (an order does): no {@code MonetaryAmount} is built.
         *
         * @param value the amount, at most 8 decimals, not null
         * @param currency its currency, not null
         * @return this builder
         */
        public Builder customerExpenditure(BigDecimal value, CurrencyUnit currency) {
            this.expenditureValue = Objects.requireNonNull(value, "customerExpenditure");
            this.expenditureCurrency = Objects.requireNonNull(currency, "currency");
            return this;
        }

        /**
         * Sets the settlement type (default NORMAL_PRODUCT).
         *
         * @param settlementType the settlement type
         * @return this builder
         */
        public Builder settlementType(SettlementType settlementType) {
            this.settlementType = settlementType;
            return this;
        }

        /**
         * Sets the partner settlement discount (default none).
         *
         * @param discount the discount
         * @return this builder
         */
        public Builder discount(DiscountRate discount) {
            this.discount = discount;
            return this;
        }

        /**
         * Sets the settlement amount.
         *
         * @param settlementAmount the amount, at most 8 decimals
         * @return this builder
         */
        public Builder settlementAmount(MonetaryAmount settlementAmount) {
            this.settlementValue = settlementAmount == null ? null : ExactMoney.decimal(settlementAmount);
            this.settlementCurrency = settlementAmount == null ? null : settlementAmount.getCurrency();
            return this;
        }

        /** Both amounts of a line already built, without a Moneta round trip (for {@code toBuilder}). */
        private Builder amounts(BigDecimal expenditure, BigDecimal settlement, CurrencyUnit currency) {
            this.expenditureValue = expenditure;
            this.expenditureCurrency = currency;
            this.settlementValue = settlement;
            this.settlementCurrency = currency;
            return this;
        }

        /**
         * Sets the settlement amount to the customer expenditure less the discount, rounded
         * HALF_UP to 8 decimals; call after {@link #customerExpenditure} and {@link #discount}.
         *
         * @return this builder
         */
        public Builder settleAtDiscount() {
            BigDecimal value = Objects.requireNonNull(expenditureValue, "customerExpenditure");
            CurrencyUnit unit = Objects.requireNonNull(expenditureCurrency, "customerExpenditure");
            this.settlementValue = discount.settlement(value, unit, io.partnerbill.core.RoundingPolicy.LINE);
            this.settlementCurrency = unit;
            return this;
        }

        /**
         * Builds the line.
         *
         * @return the line, not null
         * @throws NullPointerException if a required field is missing
         * @throws InvalidValueException if a sign rule, the scale or a required text is broken
         * @throws io.partnerbill.core.CurrencyMismatchException if the amounts' currencies differ
         */
        public BillLine build() {
            return new BillLine(this);
        }
    }
}
