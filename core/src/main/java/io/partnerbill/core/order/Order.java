package io.partnerbill.core.order;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.internal.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * A customer's order: what it buys, where, how it is charged, and its fee (the list amount
 * deducted from the customer's budget and billed to the reseller at the settlement price).
 *
 * <p>The order type is NEW_PURCHASE (default), RENEWAL or CHANGE (an upgrade); unsubscriptions
 * and downgrades are {@link Refund}s, fee adjustments {@link Adjustment}s. The fee is zero or
 * more with at most 8 decimals. Two orders with the same id must be equal: placing an order
 * again is a repeat, placing another order under its id is refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Order {

    private final OrderId id;
    private final CustomerId customer;
    private final ProductId product;
    private final String productName;
    private final String productType;
    private final OrderType orderType;
    private final BillingMode billingMode;
    private final String regionCode;
    private final String region;
    // The fee is kept as its decimal; the Moneta amount is built when fee() is first asked
    // (the order path never asks). A race builds equal immutable amounts, so it is harmless.
    private final BigDecimal feeDecimal;
    private final CurrencyUnit currency;
    private @Nullable MonetaryAmount fee;
    private final Instant at;

    private Order(Builder b) {
        id = Objects.requireNonNull(b.id, "id");
        customer = Objects.requireNonNull(b.customer, "customer");
        product = Objects.requireNonNull(b.product, "product");
        productName = Texts.requireNonBlank(b.productName, "Order", "productName");
        productType = Texts.requireNonBlank(b.productType, "Order", "productType");
        orderType = Objects.requireNonNull(b.orderType, "orderType");
        billingMode = Objects.requireNonNull(b.billingMode, "billingMode");
        regionCode = Texts.requireNonBlank(b.regionCode, "Order", "regionCode");
        region = Objects.requireNonNull(b.region, "region");
        at = Objects.requireNonNull(b.at, "at");
        MonetaryAmount amount = Objects.requireNonNull(b.fee, "fee");
        BigDecimal value = ExactMoney.atLineScale(ExactMoney.decimal(amount), "Fee of order '%s'", id);
        if (value.signum() < 0) {
            throw new InvalidValueException("Fee of order '" + id + "' must be zero or positive, was '"
                    + ExactMoney.format(amount) + "'");
        }
        if (orderType == OrderType.UNSUBSCRIPTION || orderType == OrderType.FEE_ADJUSTMENT) {
            throw new InvalidValueException("Order '" + id + "' must be a new purchase, renewal or change, was '"
                    + orderType + "': unsubscriptions are refunds and fee adjustments are adjustments");
        }
        feeDecimal = value;
        currency = amount.getCurrency();
    }


    /**
     * Starts a builder; the product type defaults to "Common products", the order type to
     * NEW_PURCHASE, the billing mode to YEARLY_MONTHLY and the region name to "".
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the order id, not null */
    public OrderId id() {
        return id;
    }

    /** @return the customer, not null */
    public CustomerId customer() {
        return customer;
    }

    /** @return the product, not null */
    public ProductId product() {
        return product;
    }

    /** @return the product name, not null */
    public String productName() {
        return productName;
    }

    /** @return the product type, not null */
    public String productType() {
        return productType;
    }

    /** @return the order type, not null */
    public OrderType orderType() {
        return orderType;
    }

    /** @return the billing mode, not null */
    public BillingMode billingMode() {
        return billingMode;
    }

    /** @return the cloud service region code, not null */
    public String regionCode() {
        return regionCode;
    }

    /** @return the region's display name, possibly empty, not null */
    public String region() {
        return region;
    }

    /** @return the fee (list amount) at scale 8, not null */
    public MonetaryAmount fee() {
        MonetaryAmount built = fee;
        if (built == null) {
            built = ExactMoney.monetary(feeDecimal, currency);
            fee = built;
        }
        return built;
    }

    /** @return when the order was placed, not null */
    public Instant at() {
        return at;
    }

    /** The fee at scale 8, for the order path. */
    public BigDecimal feeDecimal() {
        return feeDecimal;
    }

    /** The fee's currency, for the order path. */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns whether a bill line is the one this order produced (every order column equal).
     *
     * @param line the line, not null
     * @return true if placing this order again is a repeat of that line
     */
    public boolean matches(BillLine line) {
        return line.billType() == BillType.EXPENDITURE && line.orderId().equals(id)
                && line.originalOrderId().isEmpty() && line.customer().equals(customer)
                && line.product().equals(product) && line.productName().equals(productName)
                && line.productType().equals(productType) && line.orderType() == orderType
                && line.billingMode() == billingMode && line.regionCode().equals(regionCode)
                && line.region().equals(region) && line.transactionTime().equals(at)
                && line.currency().getCurrencyCode().equals(currency.getCurrencyCode())
                && line.expenditureDecimal().compareTo(feeDecimal) == 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Order o && o.id.equals(id) && o.customer.equals(customer) && o.product.equals(product)
                && o.productName.equals(productName) && o.productType.equals(productType) && o.orderType == orderType
                && o.billingMode == billingMode && o.regionCode.equals(regionCode) && o.region.equals(region)
                && ExactMoney.format(o.fee()).equals(ExactMoney.format(fee())) && o.at.equals(at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, customer, product, at);
    }

    @Override
    public String toString() {
        return "Order[" + id + " " + orderType + " " + customer + " " + product + " '" + productName + "' @" + regionCode
                + " " + at + " " + ExactMoney.format(fee()) + "]";
    }

    /** Builds an {@link Order}. */
    public static final class Builder {
        private @Nullable OrderId id;
        private @Nullable CustomerId customer;
        private @Nullable ProductId product;
        private @Nullable String productName;
        private String productType = "Common products";
        private OrderType orderType = OrderType.NEW_PURCHASE;
        private BillingMode billingMode = BillingMode.YEARLY_MONTHLY;
        private @Nullable String regionCode;
        private String region = "";
        private @Nullable MonetaryAmount fee;
        private @Nullable Instant at;

        private Builder() {
        }

        /**
         * Sets the order id.
         *
         * @param id the order id
         * @return this builder
         */
        public Builder id(OrderId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the customer.
         *
         * @param customer the customer
         * @return this builder
         */
        public Builder customer(CustomerId customer) {
            this.customer = customer;
            return this;
        }

        /**
         * Sets the product and its name.
         *
         * @param product the product
         * @param productName its name
         * @return this builder
         */
        public Builder product(ProductId product, String productName) {
            this.product = product;
            this.productName = productName;
            return this;
        }

        /**
         * Sets the product type (default "Common products").
         *
         * @param productType the product type
         * @return this builder
         */
        public Builder productType(String productType) {
            this.productType = productType;
            return this;
        }

        /**
         * Sets the order type (default NEW_PURCHASE).
         *
         * @param orderType NEW_PURCHASE, RENEWAL or CHANGE
         * @return this builder
         */
        public Builder orderType(OrderType orderType) {
            this.orderType = orderType;
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
         * Sets the cloud service region code, such as "ap-southeast-1".
         *
         * @param regionCode the region code
         * @return this builder
         */
        public Builder regionCode(String regionCode) {
            this.regionCode = regionCode;
            return this;
        }

        /**
         * Sets the region's display name (default "").
         *
         * @param region the region's name
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Sets the fee: the list amount the customer spends, in the billing currency.
         *
         * @param fee the fee
         * @return this builder
         */
        public Builder fee(MonetaryAmount fee) {
            this.fee = fee;
            return this;
        }

        /**
         * Sets when the order was placed.
         *
         * @param at the order instant
         * @return this builder
         */
        public Builder at(Instant at) {
            this.at = at;
            return this;
        }

        /**
         * Builds the order.
         *
         * @return the order, not null
         * @throws NullPointerException if a required field is missing
         * @throws InvalidValueException if a text is blank, the fee negative or the order type a refund or adjustment
         */
        public Order build() {
            return new Order(this);
        }
    }
}
