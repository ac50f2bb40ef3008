package io.partnerbill.core.pricing;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.ProductId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which lines of a reseller a price rule covers: all its customers, one customer, one product,
 * or one customer's use of one product.
 *
 * <p>The most specific scope wins: customer and product (3) over customer (2) over product (1)
 * over all customers (0). A customer's own agreement beats the catalogue price of a product.
 * {@link #parse} reads {@link #toString()} back (an identifier holding {@code "', product '"}
 * is the one text it cannot split). This class is immutable and thread-safe.
 */
public final class PriceScope {

    private static final PriceScope ALL = new PriceScope(null, null);

    private final @Nullable CustomerId customer;
    private final @Nullable ProductId product;

    private PriceScope(@Nullable CustomerId customer, @Nullable ProductId product) {
        this.customer = customer;
        this.product = product;
    }

    /** @return the scope of every customer and product of the reseller, not null */
    public static PriceScope allCustomers() {
        return ALL;
    }

    /**
     * @param customer the customer, not null
     * @return the scope of every product one customer uses, not null
     */
    public static PriceScope customer(CustomerId customer) {
        return new PriceScope(Objects.requireNonNull(customer, "customer"), null);
    }

    /**
     * @param product the product, not null
     * @return the scope of one product for every customer, not null
     */
    public static PriceScope product(ProductId product) {
        return new PriceScope(null, Objects.requireNonNull(product, "product"));
    }

    /**
     * @param customer the customer, not null
     * @param product the product, not null
     * @return the scope of one product for one customer, not null
     */
    public static PriceScope customerAndProduct(CustomerId customer, ProductId product) {
        return new PriceScope(Objects.requireNonNull(customer, "customer"), Objects.requireNonNull(product, "product"));
    }

    /**
     * Parses the form produced by {@link #toString()}: {@code "all customers"},
     * {@code "customer 'C-1'"}, {@code "product 'PRD-1'"} or {@code "customer 'C-1', product 'PRD-1'"}.
     *
     * @param text the text, not null
     * @return the scope, not null
     * @throws InvalidValueException if the text is in none of these forms or an identifier is invalid
     */
    public static PriceScope parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        if (s.equals("all customers")) {
            return ALL;
        }
        String both = "', product '";
        int split = s.lastIndexOf(both);
        if (s.startsWith("customer '") && s.endsWith("'") && split >= "customer '".length()) {
            return customerAndProduct(CustomerId.of(s.substring("customer '".length(), split)),
                    ProductId.of(s.substring(split + both.length(), s.length() - 1)));
        }
        if (s.startsWith("customer '") && s.endsWith("'") && s.length() > "customer ''".length()) {
            return customer(CustomerId.of(s.substring("customer '".length(), s.length() - 1)));
        }
        if (s.startsWith("product '") && s.endsWith("'") && s.length() > "product ''".length()) {
            return product(ProductId.of(s.substring("product '".length(), s.length() - 1)));
        }
        throw new InvalidValueException("Price scope must look like 'all customers', \"customer 'C-1'\", "
                + "\"product 'PRD-1'\" or \"customer 'C-1', product 'PRD-1'\", was '" + s + "'");
    }

    /** @return the customer, or empty for all customers, not null */
    public Optional<CustomerId> customerId() {
        return Optional.ofNullable(customer);
    }

    /** @return the product, or empty for all products, not null */
    public Optional<ProductId> productId() {
        return Optional.ofNullable(product);
    }

    /** @return 3 for customer and product, 2 for customer, 1 for product, 0 for all customers */
    public int specificity() {
        return (customer != null ? 2 : 0) + (product != null ? 1 : 0);
    }

    /**
     * Returns whether a line of a customer and product falls in this scope.
     *
     * @param lineCustomer the line's customer, not null
     * @param lineProduct the line's product, not null
     * @return true if covered
     */
    public boolean covers(CustomerId lineCustomer, ProductId lineProduct) {
        return (customer == null || customer.equals(lineCustomer)) && (product == null || product.equals(lineProduct));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PriceScope o && Objects.equals(o.customer, customer) && Objects.equals(o.product, product);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customer, product);
    }

    @Override
    public String toString() {
        if (customer == null && product == null) {
            return "all customers";
        }
        return (customer != null ? "customer '" + customer + "'" : "") + (customer != null && product != null ? ", " : "")
                + (product != null ? "product '" + product + "'" : "");
    }
}
