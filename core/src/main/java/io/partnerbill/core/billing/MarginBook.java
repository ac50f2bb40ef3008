package io.partnerbill.core.billing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.pricing.MarginReport;
import io.partnerbill.core.pricing.MarginRow;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.core.store.BillingStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.CurrencyUnit;

/**
 * A reseller's margin per customer and per product: customer revenue (each customer's statement:
 * the issued one where there is one, else the one computed now) against settlement cost (the
 * partner bill's lines). See {@link MarginReport} for how the totals reconcile.
 *
 * <p>This class is thread-safe.
 */
public final class MarginBook {

    private final BillingStore store;
    private final CurrencyUnit currency;
    private final RoundingPolicy rounding;
    private final StatementBook statements;

    MarginBook(BillingStore store, CurrencyUnit currency, RoundingPolicy rounding, StatementBook statements) {
        this.store = store;
        this.currency = currency;
        this.rounding = rounding;
        this.statements = statements;
    }

    /**
     * Computes a reseller's margin report of a cycle.
     *
     * @param reseller the reseller, not null
     * @param cycle the cycle, not null
     * @return the report, not null
     */
    public MarginReport report(PartnerId reseller, BillCycle cycle) {
        Objects.requireNonNull(reseller, "reseller");
        Objects.requireNonNull(cycle, "cycle");
        return store.inTransaction(s -> {
            List<CustomerId> customers = StatementBook.customers(s, reseller, cycle);
            Pricer pricer = Pricer.of(s, reseller);
            Map<String, Sums> byCustomer = new TreeMap<>();
            Map<String, Sums> byProduct = new TreeMap<>();
            BigDecimal subtotals = BigDecimal.ZERO;
            for (CustomerId c : customers) {
                CustomerStatement st = s.statements().find(c, cycle).filter(i -> i.reseller().equals(reseller))
                        .map(IssuedStatement::statement)
                        .orElseGet(() -> statements.compute(s, pricer, reseller, c, cycle));
                subtotals = subtotals.add(ExactMoney.decimal(st.subtotal()));
                for (StatementLine l : st.lines()) {
                    byCustomer.computeIfAbsent(c.value(), k -> new Sums()).add(l);
                    byProduct.computeIfAbsent(l.product().value(), k -> new Sums()).add(l);
                }
            }
            return MarginReport.of(reseller, cycle, currency, rounding, rows(byCustomer), rows(byProduct),
                    ExactMoney.monetary(subtotals, currency));
        });
    }

    private List<MarginRow> rows(Map<String, Sums> sums) {
        List<MarginRow> rows = new ArrayList<>();
        sums.forEach((key, s) -> rows.add(new MarginRow(key, ExactMoney.monetary(s.revenue, currency),
                ExactMoney.monetary(s.cost, currency), s.lines)));
        return rows;
    }

    /** Exact revenue and cost of a row. */
    private static final class Sums {
        BigDecimal revenue = BigDecimal.ZERO.setScale(ExactMoney.LINE_SCALE);
        BigDecimal cost = BigDecimal.ZERO.setScale(ExactMoney.LINE_SCALE);
        long lines;

        void add(StatementLine l) {
            revenue = revenue.add(l.customerDecimal());
            cost = cost.add(l.line().settlementDecimal());
            lines++;
        }
    }
}
