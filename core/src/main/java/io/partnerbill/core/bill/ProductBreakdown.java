package io.partnerbill.core.bill;

import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The bill summarized by product, for all regions or one: a row per product (expenditure
 * lines only), and an "Others" group holding the refunds and adjustments, which the operator
 * lists apart from products.
 *
 * <p>Each row and the total are rounded on their own, so the rows may not add up to the
 * total to the cent; {@link #residue()} shows the difference instead of hiding it:
 * {@code sum(rows) + othersRefunds + othersAdjustments + residue == total}, exactly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProductBreakdown {

    private final @Nullable String regionCode;
    private final List<ProductSummary> rows;
    private final MonetaryAmount othersRefunds;
    private final MonetaryAmount othersAdjustments;
    private final MonetaryAmount total;
    private final MonetaryAmount residue;

    ProductBreakdown(@Nullable String regionCode, List<ProductSummary> rows, MonetaryAmount othersRefunds,
            MonetaryAmount othersAdjustments, MonetaryAmount total) {
        this.regionCode = regionCode;
        this.rows = List.copyOf(rows);
        this.othersRefunds = othersRefunds;
        this.othersAdjustments = othersAdjustments;
        this.total = total;
        BigDecimal shown = ExactMoney.decimal(othersRefunds).add(ExactMoney.decimal(othersAdjustments));
        for (ProductSummary row : this.rows) {
            shown = shown.add(ExactMoney.decimal(row.settlement()));
        }
        this.residue = ExactMoney.monetary(ExactMoney.decimal(total).subtract(shown), total.getCurrency());
    }

    /** @return the region code this view is filtered to, or empty for all regions, not null */
    public Optional<String> regionCode() {
        return Optional.ofNullable(regionCode);
    }

    /** @return a row per product with expenditure lines in scope, in product id order, not null */
    public List<ProductSummary> rows() {
        return rows;
    }

    /** @return the refunds in scope (zero or negative), rounded, in the "Others" group, not null */
    public MonetaryAmount othersRefunds() {
        return othersRefunds;
    }

    /** @return the adjustments in scope, rounded, in the "Others" group, not null */
    public MonetaryAmount othersAdjustments() {
        return othersAdjustments;
    }

    /** @return the "Others" group's total: refunds plus adjustments, not null */
    public MonetaryAmount othersTotal() {
        return othersRefunds.add(othersAdjustments);
    }

    /** @return the settlement of every line in scope, summed exactly and then rounded, not null */
    public MonetaryAmount total() {
        return total;
    }

    /** @return total minus what the rows and the Others group show, not null */
    public MonetaryAmount residue() {
        return residue;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ProductBreakdown o && java.util.Objects.equals(o.regionCode, regionCode)
                && o.rows.equals(rows) && o.othersRefunds.equals(othersRefunds)
                && o.othersAdjustments.equals(othersAdjustments) && o.total.equals(total);
    }

    @Override
    public int hashCode() {
        return rows.hashCode() * 31 + total.hashCode();
    }

    @Override
    public String toString() {
        return "ProductBreakdown[" + (regionCode == null ? "all regions" : regionCode) + ", " + rows.size()
                + " products, others " + ExactMoney.format(othersTotal()) + ", total " + ExactMoney.format(total)
                + ", residue " + ExactMoney.format(residue) + "]";
    }
}
