package io.partnerbill.core.bill;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The bill summarized by customer: a row per customer with lines in the cycle.
 *
 * <p>Rows are rounded on their own; {@link #residue()} is the bill's net settlement minus the
 * sum of the rows' totals, shown rather than hidden.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CustomerBreakdown {

    private final List<CustomerSummary> rows;
    private final MonetaryAmount total;
    private final MonetaryAmount residue;

    CustomerBreakdown(List<CustomerSummary> rows, MonetaryAmount total) {
        this.rows = List.copyOf(rows);
        this.total = total;
        BigDecimal shown = BigDecimal.ZERO;
        for (CustomerSummary row : this.rows) {
            shown = shown.add(ExactMoney.decimal(row.total()));
        }
        this.residue = ExactMoney.monetary(ExactMoney.decimal(total).subtract(shown), total.getCurrency());
    }

    /** @return a row per customer, in customer id order, not null */
    public List<CustomerSummary> rows() {
        return rows;
    }

    /**
     * Returns a customer's row.
     *
     * @param customer the customer, not null
     * @return the row, or empty if the customer has no line in the cycle, not null
     */
    public Optional<CustomerSummary> row(CustomerId customer) {
        return rows.stream().filter(r -> r.customer().equals(customer)).findFirst();
    }

    /** @return the bill's net settlement, not null */
    public MonetaryAmount total() {
        return total;
    }

    /** @return total minus the sum of the rows' totals, not null */
    public MonetaryAmount residue() {
        return residue;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CustomerBreakdown o && o.rows.equals(rows) && o.total.equals(total);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    @Override
    public String toString() {
        return "CustomerBreakdown[" + rows.size() + " customers, total " + ExactMoney.format(total) + ", residue "
                + ExactMoney.format(residue) + "]";
    }
}
