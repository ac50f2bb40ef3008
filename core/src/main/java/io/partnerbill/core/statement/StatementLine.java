package io.partnerbill.core.statement;

import io.partnerbill.core.OrderId;
import io.partnerbill.core.PriceRuleId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * One line of a customer statement: a bill line of the customer at the customer's price.
 *
 * @param line the partner's bill line it prices (list amount, settlement, original order), not null
 * @param customerAmount what the customer pays for it, at scale 8 (negative for refunds), not null
 * @param ruleOrNull the price rule that priced it; null when it is at the list amount, or a refund
 *        priced from its original order ({@link #rule()} gives it as an {@code Optional})
 */
public record StatementLine(BillLine line, MonetaryAmount customerAmount, @Nullable PriceRuleId ruleOrNull) {

    /** Checks the components. */
    public StatementLine {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(customerAmount, "customerAmount");
        ExactMoney.requireCurrency(line.currency(), customerAmount.getCurrency(), "Customer price of line '" + line.orderId() + "'");
    }

    /** @return the price rule that priced the line; empty at the list amount or for a refund priced from its original order, not null */
    public Optional<PriceRuleId> rule() {
        return Optional.ofNullable(ruleOrNull);
    }

    /** @return the order id, not null */
    public OrderId orderId() {
        return line.orderId();
    }

    /** @return the original order of a refund, not null */
    public Optional<OrderId> originalOrderId() {
        return line.originalOrderId();
    }

    /** @return the bill type, not null */
    public BillType billType() {
        return line.billType();
    }

    /** @return the product, not null */
    public ProductId product() {
        return line.product();
    }

    /** @return the list amount (customer expenditure), not null */
    public MonetaryAmount listAmount() {
        return line.customerExpenditure();
    }

    /** @return what the reseller pays the operator for the line, not null */
    public MonetaryAmount settlementAmount() {
        return line.settlementAmount();
    }

    /** @return the customer amount as an exact decimal, not null */
    public BigDecimal customerDecimal() {
        return ExactMoney.decimal(customerAmount);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StatementLine o && o.line.equals(line) && ExactMoney.same(o.customerAmount, customerAmount)
                && Objects.equals(o.ruleOrNull, ruleOrNull);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, ruleOrNull);
    }

    @Override
    public String toString() {
        return "StatementLine[" + line.orderId() + " " + line.billType() + " " + line.product() + " list "
                + ExactMoney.format(line.customerExpenditure()) + " -> " + ExactMoney.format(customerAmount)
                + (ruleOrNull == null ? "" : " by " + ruleOrNull) + "]";
    }
}
