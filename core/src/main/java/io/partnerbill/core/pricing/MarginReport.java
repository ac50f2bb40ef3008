package io.partnerbill.core.pricing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A reseller's margin over a cycle: customer revenue, settlement cost and margin per customer
 * and per product, with totals that reconcile exactly.
 *
 * <ul>
 * <li>{@link #cost()} (exact) equals the partner bill's unrounded net settlement;
 *     {@link #netSettlement()} is that bill's rounded net settlement and
 *     {@link #costRoundingResidue()} the difference.
 * <li>{@link #revenue()} (exact) is the sum of every line at the customer's price;
 *     {@link #statementSubtotals()} is the sum of the customers' statement subtotals (each
 *     rounded on its own) and {@link #revenueRoundingResidue()} the difference.
 * <li>The rows of each view sum exactly to the totals. Refunds and adjustments count under
 *     their own product (not under an "Others" group as in the partner bill's by-product view).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarginReport {

    private final PartnerId reseller;
    private final BillCycle cycle;
    private final CurrencyUnit currency;
    private final RoundingPolicy rounding;
    private final List<MarginRow> byCustomer;
    private final List<MarginRow> byProduct;
    private final MonetaryAmount statementSubtotals;

    private MarginReport(PartnerId reseller, BillCycle cycle, CurrencyUnit currency, RoundingPolicy rounding,
            List<MarginRow> byCustomer, List<MarginRow> byProduct, MonetaryAmount statementSubtotals) {
        this.reseller = Objects.requireNonNull(reseller, "reseller");
        this.cycle = Objects.requireNonNull(cycle, "cycle");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        this.byCustomer = List.copyOf(byCustomer);
        this.byProduct = List.copyOf(byProduct);
        this.statementSubtotals = Objects.requireNonNull(statementSubtotals, "statementSubtotals");
    }

    /**
     * Obtains a report.
     *
     * @param reseller the reseller, not null
     * @param cycle the cycle, not null
     * @param currency the currency, not null
     * @param rounding how totals round (the bill rounding), not null
     * @param byCustomer one row per customer, by customer id, not null
     * @param byProduct one row per product, by product id, not null
     * @param statementSubtotals the sum of the customers' statement subtotals, not null
     * @return the report, not null
     */
    public static MarginReport of(PartnerId reseller, BillCycle cycle, CurrencyUnit currency, RoundingPolicy rounding,
            List<MarginRow> byCustomer, List<MarginRow> byProduct, MonetaryAmount statementSubtotals) {
        return new MarginReport(reseller, cycle, currency, rounding, byCustomer, byProduct, statementSubtotals);
    }

    private MonetaryAmount money(BigDecimal value) {
        return ExactMoney.monetary(value, currency);
    }

    private static BigDecimal sum(List<MarginRow> rows, boolean revenue) {
        BigDecimal sum = BigDecimal.ZERO.setScale(ExactMoney.LINE_SCALE);
        for (MarginRow r : rows) {
            sum = sum.add(ExactMoney.decimal(revenue ? r.revenue() : r.cost()));
        }
        return sum;
    }

    /** @return the reseller, not null */
    public PartnerId reseller() {
        return reseller;
    }

    /** @return the cycle, not null */
    public BillCycle cycle() {
        return cycle;
    }

    /** @return the currency, not null */
    public CurrencyUnit currency() {
        return currency;
    }

    /** @return the rows per customer, by customer id, not null */
    public List<MarginRow> byCustomer() {
        return byCustomer;
    }

    /** @return the rows per product, by product id, not null */
    public List<MarginRow> byProduct() {
        return byProduct;
    }

    /** @return the customer revenue of every line, exact, not null */
    public MonetaryAmount revenue() {
        return money(sum(byCustomer, true));
    }

    /** @return the settlement cost of every line, exact: the partner bill's unrounded net settlement, not null */
    public MonetaryAmount cost() {
        return money(sum(byCustomer, false));
    }

    /** @return revenue − cost, exact, not null */
    public MonetaryAmount margin() {
        return money(sum(byCustomer, true).subtract(sum(byCustomer, false)));
    }

    /** @return the margin as a percentage of revenue, two decimals HALF_UP, or empty for zero revenue, not null */
    public Optional<BigDecimal> marginPercent() {
        return new MarginRow("total", revenue(), cost(), 0).marginPercent();
    }

    /** @return the cost rounded once, as the partner bill rounds its net settlement, not null */
    public MonetaryAmount netSettlement() {
        return money(rounding.round(sum(byCustomer, false), currency));
    }

    /** @return {@link #netSettlement()} − {@link #cost()}: what rounding the bill added, not null */
    public MonetaryAmount costRoundingResidue() {
        BigDecimal exact = sum(byCustomer, false);
        return money(rounding.round(exact, currency).subtract(exact));
    }

    /** @return the sum of the customers' statement subtotals, each rounded on its own, not null */
    public MonetaryAmount statementSubtotals() {
        return statementSubtotals;
    }

    /** @return {@link #statementSubtotals()} − {@link #revenue()}: what rounding each statement added, not null */
    public MonetaryAmount revenueRoundingResidue() {
        return money(ExactMoney.decimal(statementSubtotals).subtract(sum(byCustomer, true)));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof MarginReport o && o.reseller.equals(reseller) && o.cycle.equals(cycle)
                && o.currency.equals(currency) && o.rounding.equals(rounding) && o.byCustomer.equals(byCustomer)
                && o.byProduct.equals(byProduct) && ExactMoney.same(o.statementSubtotals, statementSubtotals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reseller, cycle, byCustomer);
    }

    @Override
    public String toString() {
        return "MarginReport[" + reseller + " " + cycle + ", revenue " + ExactMoney.format(revenue()) + ", cost "
                + ExactMoney.format(cost()) + ", margin " + ExactMoney.format(margin()) + "]";
    }
}
