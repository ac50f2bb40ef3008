package io.partnerbill.core.discount;

import io.partnerbill.core.DiscountId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.ValidityPeriod;
import io.partnerbill.core.internal.Texts;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A discount that a seller authorized to a reseller on one product, for a period.
 *
 * <p>The period starts at the effective instant (inclusive) and ends with the expiry, which
 * the operator writes to the second ({@code Dec 31, 2099 23:59:59}) and which is
 * <em>inclusive to the second</em>: an order at 23:59:59.999 still gets the discount. So the
 * expiry must be a whole second. The builder takes and {@link #expiry()} gives that inclusive
 * expiry, as the operator states it; the discount keeps its {@link #validity()} as every validity
 * period is kept, half-open: {@code [effective, expiry + 1 s)}.
 *
 * <p>A canceled discount keeps its record and its cancel instant; it applies to orders
 * strictly before that instant. Build one with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Discount {

    private final DiscountId id;
    private final PartnerId partner;
    private final ProductId product;
    private final String productName;
    private final String productType;
    private final DiscountRate rate;
    /** {@code [effective, expiry + 1 s)}: the inclusive expiry is converted here and in {@link #expiry()} only. */
    private final ValidityPeriod validity;
    private final SettlementType settlementType;
    private final @Nullable Instant canceledAt;

    private Discount(Builder b, @Nullable Instant canceledAt) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.partner = Objects.requireNonNull(b.partner, "partner");
        this.product = Objects.requireNonNull(b.product, "product");
        this.productName = Texts.requireNonBlank(b.productName, "Discount", "productName");
        this.productType = Texts.requireNonBlank(b.productType, "Discount", "productType");
        this.rate = Objects.requireNonNull(b.rate, "rate");
        Instant effective = Objects.requireNonNull(b.effective, "effective");
        Instant expiry = Objects.requireNonNull(b.expiry, "expiry");
        this.settlementType = Objects.requireNonNull(b.settlementType, "settlementType");
        if (!expiry.truncatedTo(ChronoUnit.SECONDS).equals(expiry)) {
            throw new InvalidValueException("Discount '" + id + "' expiry must be a whole second (it is inclusive to the second), was '"
                    + expiry + "'");
        }
        if (expiry.isBefore(effective)) {
            throw new InvalidValueException("Discount '" + id + "' expiry '" + expiry
                    + "' is before its effective instant '" + effective + "'");
        }
        Instant end;
        try {
            end = expiry.plusSeconds(1);
        } catch (DateTimeException e) {
            throw new InvalidValueException("Discount '" + id + "' expiry must be before the last second an Instant holds, was '"
                    + expiry + "'");
        }
        this.validity = ValidityPeriod.of(effective, end);
        this.canceledAt = canceledAt;
    }


    /**
     * Starts a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the id, not null */
    public DiscountId id() {
        return id;
    }

    /** @return the reseller the discount is authorized to, not null */
    public PartnerId partner() {
        return partner;
    }

    /** @return the product, not null */
    public ProductId product() {
        return product;
    }

    /** @return the product's name, not null */
    public String productName() {
        return productName;
    }

    /** @return the product type, such as "Common products", not null */
    public String productType() {
        return productType;
    }

    /** @return the rate, not null */
    public DiscountRate rate() {
        return rate;
    }

    /** @return the first instant the discount applies to, not null */
    public Instant effective() {
        return validity.start();
    }

    /** @return the last second the discount applies to (inclusive to the second), not null */
    public Instant expiry() {
        return validity.end().minusSeconds(1);
    }

    /**
     * Returns the authorized period, half-open: {@code [effective, expiry + 1 s)}. A cancellation
     * does not change it (see {@link #activeUntil()}).
     *
     * @return the period, not null
     */
    public ValidityPeriod validity() {
        return validity;
    }

    /** @return the settlement type, not null */
    public SettlementType settlementType() {
        return settlementType;
    }

    /** @return when the discount was canceled, or empty, not null */
    public Optional<Instant> canceledAt() {
        return Optional.ofNullable(canceledAt);
    }

    /**
     * Returns the end (exclusive) of the time in which this discount applies: one second
     * after expiry, or the cancel instant if that is earlier.
     *
     * @return the exclusive end, not null
     */
    public Instant activeUntil() {
        Instant end = validity.end();
        return canceledAt != null && canceledAt.isBefore(end) ? canceledAt : end;
    }

    /**
     * Returns whether an order at an instant gets this discount: the order time lies in
     * [effective, expiry] (expiry inclusive to the second) and the discount was not canceled at or
     * before it.
     *
     * @param at the order instant, not null
     * @return true if {@code effective <= at < activeUntil()}
     */
    public boolean appliesAt(Instant at) {
        return validity.contains(at) && (canceledAt == null || at.isBefore(canceledAt));
    }

    /**
     * Returns whether the time in which this discount applies overlaps another's.
     *
     * @param other the other discount, not null
     * @return true if some instant gets both discounts
     */
    public boolean overlaps(Discount other) {
        // Not validity.overlaps(..): a cancel instant may end the active time before the period starts.
        return effective().isBefore(other.activeUntil()) && other.effective().isBefore(activeUntil());
    }

    /**
     * Returns the status at an instant.
     *
     * @param at the instant, not null
     * @return CANCELED once canceled, else PENDING, EFFECTIVE or EXPIRED, not null
     */
    public DiscountStatus statusAt(Instant at) {
        if (canceledAt != null && !at.isBefore(canceledAt)) {
            return DiscountStatus.CANCELED;
        }
        if (at.isBefore(validity.start())) {
            return DiscountStatus.PENDING;
        }
        return at.isBefore(validity.end()) ? DiscountStatus.EFFECTIVE : DiscountStatus.EXPIRED;
    }

    /**
     * Returns a copy canceled at an instant.
     *
     * @param at the cancel instant, not null
     * @return the canceled discount, not null
     */
    public Discount canceledAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return new Discount(toBuilder(), at);
    }

    private Builder toBuilder() {
        return builder().id(id).partner(partner).product(product).productName(productName)
                .productType(productType).rate(rate).effective(effective()).expiry(expiry())
                .settlementType(settlementType);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Discount o && o.id.equals(id) && o.partner.equals(partner)
                && o.product.equals(product) && o.productName.equals(productName)
                && o.productType.equals(productType) && o.rate.equals(rate)
                && o.validity.equals(validity)
                && o.settlementType == settlementType && Objects.equals(o.canceledAt, canceledAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, partner, product, rate, effective(), expiry(), canceledAt);
    }

    @Override
    public String toString() {
        return "Discount[" + id + ", " + partner + ", " + product + " '" + productName + "', " + rate
                + ", " + effective() + " .. " + expiry() + (canceledAt == null ? "" : ", canceled " + canceledAt) + "]";
    }

    /** Builds a {@link Discount}; every field but the settlement type is required. */
    public static final class Builder {
        private @Nullable DiscountId id;
        private @Nullable PartnerId partner;
        private @Nullable ProductId product;
        private @Nullable String productName;
        private String productType = "Common products";
        private @Nullable DiscountRate rate;
        private @Nullable Instant effective;
        private @Nullable Instant expiry;
        private SettlementType settlementType = SettlementType.NORMAL_PRODUCT;

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param id the id
         * @return this builder
         */
        public Builder id(DiscountId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the reseller.
         *
         * @param partner the reseller
         * @return this builder
         */
        public Builder partner(PartnerId partner) {
            this.partner = partner;
            return this;
        }

        /**
         * Sets the product.
         *
         * @param product the product
         * @return this builder
         */
        public Builder product(ProductId product) {
            this.product = product;
            return this;
        }

        /**
         * Sets the product's name.
         *
         * @param productName the product's name
         * @return this builder
         */
        public Builder productName(String productName) {
            this.productName = productName;
            return this;
        }

        /**
         * Sets the product type (default "Common products").
         *
         * @param productType the product type (default "Common products")
         * @return this builder
         */
        public Builder productType(String productType) {
            this.productType = productType;
            return this;
        }

        /**
         * Sets the rate.
         *
         * @param rate the rate
         * @return this builder
         */
        public Builder rate(DiscountRate rate) {
            this.rate = rate;
            return this;
        }

        /**
         * Sets the first instant it applies to.
         *
         * @param effective the first instant it applies to
         * @return this builder
         */
        public Builder effective(Instant effective) {
            this.effective = effective;
            return this;
        }

        /**
         * Sets the last second it applies to, inclusive, a whole second.
         *
         * @param expiry the last second it applies to, inclusive, a whole second
         * @return this builder
         */
        public Builder expiry(Instant expiry) {
            this.expiry = expiry;
            return this;
        }

        /**
         * Sets the settlement type (default NORMAL_PRODUCT).
         *
         * @param settlementType the settlement type (default NORMAL_PRODUCT)
         * @return this builder
         */
        public Builder settlementType(SettlementType settlementType) {
            this.settlementType = settlementType;
            return this;
        }

        /**
         * Builds the discount.
         *
         * @return the discount, not null
         * @throws NullPointerException if a required field is missing
         * @throws InvalidValueException if the expiry is before the effective instant, not a whole second, or
         *     the last second an {@code Instant} holds
         */
        public Discount build() {
            return new Discount(this, null);
        }
    }
}
