package io.partnerbill.core.billing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.pricing.PriceRule;
import io.partnerbill.core.pricing.Repricing;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.core.store.BillingStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Prices a reseller's lines for its customers from a snapshot of its rules.
 *
 * <ul>
 * <li>The rule of a line: among the rules whose scope covers the line's customer and product and
 *     whose effective cycle is the line's cycle or earlier, the most specific scope; then the
 *     latest effective cycle; then the rule stored last.
 * <li>Expenditure: a fixed price replaces the list amount; a percentage multiplies it by
 *     {@code (100 + p) / 100}; no rule leaves the list amount.
 * <li>Adjustment: a percentage applies; under a fixed price or no rule, the list amount.
 * <li>Refund: at the price its original order was sold at, in proportion:
 *     {@code originalCustomerPrice × refundList / originalList} (the original's price as issued
 *     on its statement, else as priced by the rules of its own cycle). When the original order is
 *     unknown (or of list amount 0), a percentage of the refund's cycle applies, else the list amount.
 * </ul>
 * Every customer amount is rounded HALF_UP to 8 decimals, a line's scale.
 */
final class Pricer {

    private final List<PriceRule> rules;

    Pricer(List<PriceRule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Pricer of(BillingStore s, PartnerId reseller) {
        return new Pricer(s.priceRules().ofReseller(reseller));
    }

    Optional<PriceRule> ruleFor(CustomerId customer, ProductId product, BillCycle cycle) {
        PriceRule best = null;
        for (PriceRule r : rules) { // stored order: a later rule wins a full tie
            if (r.effectiveFrom().compareTo(cycle) > 0 || !r.scope().covers(customer, product)) {
                continue;
            }
            if (best == null || r.scope().specificity() > best.scope().specificity()
                    || r.scope().specificity() == best.scope().specificity()
                            && r.effectiveFrom().compareTo(best.effectiveFrom()) >= 0) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    StatementLine price(BillingStore s, BillLine line) {
        if (line.billType() == BillType.REFUND && line.originalOrderId().isPresent()) {
            Optional<BillLine> original = s.lines().find(line.originalOrderId().get())
                    .filter(o -> o.partner().equals(line.partner()) && o.customer().equals(line.customer())
                            && o.billType() != BillType.REFUND && o.expenditureDecimal().signum() != 0);
            if (original.isPresent()) {
                StatementLine sold = soldAt(s, original.get());
                BigDecimal amount = sold.customerDecimal().multiply(line.expenditureDecimal())
                        .divide(original.get().expenditureDecimal(), ExactMoney.LINE_SCALE, RoundingMode.HALF_UP);
                return new StatementLine(line, ExactMoney.monetary(amount, line.currency()), sold.ruleOrNull());
            }
        }
        return direct(line);
    }

    private StatementLine soldAt(BillingStore s, BillLine original) {
        Optional<StatementLine> issued = s.statements().find(original.customer(), original.cycle())
                .map(IssuedStatement::statement).stream()
                .flatMap(st -> st.lines().stream())
                .filter(l -> l.orderId().equals(original.orderId()))
                .findFirst();
        return issued.orElseGet(() -> direct(original));
    }

    private StatementLine direct(BillLine line) {
        Optional<PriceRule> rule = ruleFor(line.customer(), line.product(), line.cycle());
        BigDecimal list = line.expenditureDecimal();
        if (rule.isEmpty()) {
            return new StatementLine(line, line.customerExpenditure(), null);
        }
        Repricing r = rule.get().repricing();
        if (r.isFixedPrice()) {
            if (line.billType() != BillType.EXPENDITURE) {
                return new StatementLine(line, line.customerExpenditure(), null);
            }
            BigDecimal fixed = ExactMoney.decimal(r.fixedPrice().orElseThrow()).setScale(ExactMoney.LINE_SCALE);
            return new StatementLine(line, ExactMoney.monetary(fixed, line.currency()), rule.get().id());
        }
        return new StatementLine(line, ExactMoney.monetary(r.applyPercent(list), line.currency()), rule.get().id());
    }
}
