package io.partnerbill.core.bill;

import io.partnerbill.core.ProductId;
import io.partnerbill.core.money.ExactMoney;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One product's row of the by-product view: the customers' list expenditure and the
 * settlement of its EXPENDITURE lines, each rounded on its own with the bill's policy.
 *
 * @param product the product, not null
 * @param productName its name, not null
 * @param productType its type, not null
 * @param customerExpenditure the list amount of its expenditure lines, rounded, not null
 * @param settlement the settlement amount of its expenditure lines, rounded, not null
 */
public record ProductSummary(ProductId product, String productName, String productType,
        MonetaryAmount customerExpenditure, MonetaryAmount settlement) {

    /** Checks that no component is null. */
    public ProductSummary {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(productType, "productType");
        Objects.requireNonNull(customerExpenditure, "customerExpenditure");
        Objects.requireNonNull(settlement, "settlement");
    }

    @Override
    public String toString() {
        return product + " '" + productName + "' " + ExactMoney.format(settlement);
    }
}
