package io.partnerbill.bench;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Baseline B1(a): the bill as a team would first write it, one Moneta amount per line
 * ({@code line.settlementAmount()}) added into running totals and {@code HashMap}s by
 * product and by customer, then rounded, taxed and turned into the two views.
 */
public final class MonetaBill {

    /** The same figures partnerbill's bill shows. */
    public record Result(MonetaryAmount expenditures, MonetaryAmount refunds, MonetaryAmount adjustments,
            MonetaryAmount net, MonetaryAmount tax, MonetaryAmount due, Map<ProductId, MonetaryAmount> byProduct,
            MonetaryAmount othersRefunds, MonetaryAmount othersAdjustments, Map<CustomerId, MonetaryAmount> byCustomer) {
    }

    private MonetaBill() {
    }

    public static Result compute(List<BillLine> lines) {
        MonetaryAmount zero = Money.of(BigDecimal.ZERO, Workload.USD);
        MonetaryAmount expenditures = zero;
        MonetaryAmount refunds = zero;
        MonetaryAmount adjustments = zero;
        Map<ProductId, MonetaryAmount> byProduct = new HashMap<>();
        Map<CustomerId, MonetaryAmount> byCustomer = new HashMap<>();
        for (BillLine line : lines) {
            MonetaryAmount amount = line.settlementAmount();
            switch (line.billType()) {
                case EXPENDITURE -> {
                    expenditures = expenditures.add(amount);
                    byProduct.merge(line.product(), amount, MonetaryAmount::add);
                }
                case REFUND -> refunds = refunds.add(amount);
                case ADJUSTMENT -> adjustments = adjustments.add(amount);
            }
            byCustomer.merge(line.customer(), amount, MonetaryAmount::add);
        }
        MonetaryAmount net = expenditures.add(refunds).add(adjustments);
        MonetaryAmount netRounded = cents(net);
        MonetaryAmount tax = netRounded.isPositive() ? cents(netRounded.multiply(Workload.VAT_RATE)) : zero;
        MonetaryAmount due = netRounded.add(tax);
        if (due.isNegative()) {
            due = zero;
        }
        Map<ProductId, MonetaryAmount> productRows = new HashMap<>();
        byProduct.forEach((id, sum) -> productRows.put(id, cents(sum)));
        Map<CustomerId, MonetaryAmount> customerRows = new HashMap<>();
        byCustomer.forEach((id, sum) -> customerRows.put(id, cents(sum)));
        return new Result(cents(expenditures), cents(refunds), cents(adjustments), netRounded, tax, due, productRows,
                cents(refunds), cents(adjustments), customerRows);
    }

    private static MonetaryAmount cents(MonetaryAmount amount) {
        BigDecimal value = amount.getNumber().numberValue(BigDecimal.class).setScale(2, RoundingMode.HALF_UP);
        return Money.of(value, amount.getCurrency());
    }
}
