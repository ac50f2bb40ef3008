package io.partnerbill.core.pricing;

import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One row of a {@link MarginReport}: a customer's or a product's customer revenue and settlement
 * cost over a cycle, exact at scale 8, with the margin between them.
 *
 * @param key the customer id or product id, not null
 * @param revenue what the customers pay the reseller (the lines at the customer's price), exact, not null
 * @param cost what the reseller pays the operator (the lines' settlement amounts), exact, not null
 * @param lineCount how many lines the row sums
 */
public record MarginRow(String key, MonetaryAmount revenue, MonetaryAmount cost, long lineCount) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Checks the components. */
    public MarginRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(cost, "cost");
        ExactMoney.requireCurrency(revenue.getCurrency(), cost.getCurrency(), "Cost of margin row '" + key + "'");
    }

    /** @return revenue − cost, exact, not null */
    public MonetaryAmount margin() {
        return ExactMoney.monetary(ExactMoney.decimal(revenue).subtract(ExactMoney.decimal(cost)), revenue.getCurrency());
    }

    /**
     * Returns the margin as a percentage of revenue, HALF_UP to two decimals.
     *
     * @return {@code margin / revenue × 100}, or empty when the revenue is zero, not null
     */
    public Optional<BigDecimal> marginPercent() {
        BigDecimal r = ExactMoney.decimal(revenue);
        if (r.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(ExactMoney.decimal(margin()).multiply(HUNDRED).divide(r, 2, RoundingMode.HALF_UP));
    }

    /** Compares amounts by value. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof MarginRow o && o.key.equals(key) && ExactMoney.same(o.revenue, revenue)
                && ExactMoney.same(o.cost, cost) && o.lineCount == lineCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, lineCount);
    }

    @Override
    public String toString() {
        return "MarginRow[" + key + " revenue " + ExactMoney.format(revenue) + " cost " + ExactMoney.format(cost) + " margin "
                + ExactMoney.format(margin()) + marginPercent().map(p -> " (" + p.toPlainString() + "%)").orElse("") + "]";
    }
}
