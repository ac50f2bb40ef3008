package io.partnerbill.core.billing;

import io.partnerbill.core.order.Adjustment;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.order.Refund;
import io.partnerbill.core.BeforeOriginalOrderException;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerFrozenException;
import io.partnerbill.core.CycleClosedException;
import io.partnerbill.core.ResellerNotApprovedException;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.budget.BudgetCharge;
import io.partnerbill.core.budget.Deduction;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.reseller.Customer;
import io.partnerbill.core.store.BillingStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * Places orders, refunds and fee adjustments: each checks its customer and reseller, moves the
 * budget and appends one bill line, all in one transaction of the store.
 *
 * <ul>
 * <li>{@link #place}: the fee is deducted from the customer's budget, the authorized discount
 *     applying at the order instant is resolved, and an EXPENDITURE line at the settlement
 *     price is appended. Refused with {@link io.partnerbill.core.CustomerFrozenException} for
 *     a frozen customer and {@link io.partnerbill.core.BudgetExceededException} (naming the
 *     remaining and requested amounts) when the fee exceeds what is left.
 * <li>{@link #refund}: a REFUND line with the negative settlement of the refunded part, at
 *     the original order's discount; the refunded fee goes back to the budget of the refund's
 *     period. A refund never exceeds what is left un-refunded of the original order, in fee
 *     or in settlement, so an order's net never turns negative.
 * <li>{@link #adjust}: an ADJUSTMENT line of either sign at the original order's discount;
 *     the budget is not touched.
 * </ul>
 *
 * <p>A refund or adjustment is dated at or after its original order (the same instant is
 * accepted): one dated before it would land in an earlier cycle and turn that cycle's bill
 * negative, and is refused with {@link BeforeOriginalOrderException}.
 *
 * <p>A refused operation changes nothing, except that an automatic freeze (when enabled for the
 * customer) caused by an over-budget order is kept. Every operation is idempotent on its
 * order id: the same operation again returns the first line and changes nothing; another
 * operation under a used id is refused with {@link io.partnerbill.core.DuplicateOrderException},
 * which names the columns that differ. Frozen customers
 * may still get refunds and adjustments. Only an APPROVED reseller's orders are billed.
 *
 * <p>This class is thread-safe: concurrent orders against one budget never deduct more than
 * the budget, and every accepted order has its line.
 */
public final class OrderBook {

    private final BillingStore store;
    private final BillingCalendar calendar;
    private final CurrencyUnit currency;
    private final DiscountBook discounts;
    private final BudgetLedger budgets;

    private OrderBook(BillingStore store, BillingCalendar calendar, CurrencyUnit currency, DiscountBook discounts,
            BudgetLedger budgets) {
        this.store = store;
        this.calendar = calendar;
        this.currency = currency;
        this.discounts = discounts;
        this.budgets = budgets;
    }

    /**
     * Obtains the book. Services normally use {@code PartnerBilling.orders()}.
     *
     * @param store the store, not null
     * @param calendar the calendar that places instants in cycles, not null
     * @param currency the billing currency, not null
     * @param discounts the authorized discounts, over the same store, not null
     * @param budgets the budget ledger, over the same store, not null
     * @return the book, not null
     */
    public static OrderBook of(BillingStore store, BillingCalendar calendar, CurrencyUnit currency,
            DiscountBook discounts, BudgetLedger budgets) {
        return new OrderBook(Objects.requireNonNull(store, "store"), Objects.requireNonNull(calendar, "calendar"),
                Objects.requireNonNull(currency, "currency"), Objects.requireNonNull(discounts, "discounts"),
                Objects.requireNonNull(budgets, "budgets"));
    }

    /**
     * Places an order.
     *
     * @param order the order, with its fee in the billing currency, not null
     * @return its EXPENDITURE line (the first one, for a repeat), not null
     * @throws UnknownEntityException if the customer (or its reseller) is unknown
     * @throws io.partnerbill.core.ResellerNotApprovedException if the reseller is not APPROVED
     * @throws io.partnerbill.core.CustomerFrozenException if the customer is frozen
     * @throws io.partnerbill.core.BudgetExceededException if the fee exceeds what is left of the budget
     * @throws DuplicateKeyException if another order or line has this order id
     * @throws io.partnerbill.core.CurrencyMismatchException if the fee is not in the billing currency
     */
    public BillLine place(Order order) {
        Objects.requireNonNull(order, "order");
        ExactMoney.requireCurrency(currency, order.currency(), "Fee of order '%s'", order.id());
        // Read-only work (the customer's reseller never changes) is done before the transaction,
        // so that concurrent orders hold the store's transaction as briefly as possible.
        Customer customer = store.customers().find(order.customer())
                .orElseThrow(() -> new UnknownEntityException("Unknown customer '" + order.customer()
                        + "' in order '" + order.id() + "'"));
        @Nullable Discount discount = discounts.resolve(customer.reseller(), order.product(), order.at()).orElse(null);
        BillLine line = BillLine.builder()
                // The fee's decimal, not the Moneta amount Order would build for it.
                .customerExpenditure(order.feeDecimal(), order.currency())
                .cycle(calendar.cycleOf(order.at())).partner(customer.reseller()).customer(customer.id())
                .billType(BillType.EXPENDITURE).billingMode(order.billingMode())
                .productType(order.productType()).productName(order.productName()).product(order.product())
                .region(order.region()).regionCode(order.regionCode()).orderId(order.id())
                .transactionTime(order.at()).orderType(order.orderType())
                .settlementType(discount == null ? SettlementType.NO_DISCOUNT : discount.settlementType())
                .discount(discount == null ? DiscountRate.NONE : discount.rate())
                .settleAtDiscount()
                .build();
        Placing placing = new Placing(customer, order, line);
        BillLine placed = store.inTransaction(placing);
        Deduction refused = placing.refused;
        if (refused != null) {
            refused.orThrow();
        }
        return placed;
    }

    /**
     * Places many orders in one transaction of the store. Each order is placed as {@link #place}
     * would place it, in list order, and is still all-or-nothing: a refused one is undone alone
     * (a nested transaction) and the others go on. Two orders with the same id in one batch are
     * taken as if placed one after the other: an exact repeat gets the first line, a different
     * order under that id is refused with {@link io.partnerbill.core.DuplicateOrderException}.
     * A failure that is not a refusal of one order (of the store itself) rolls back the whole
     * batch and propagates.
     *
     * @param orders the orders, not empty, no null element
     * @return one outcome per order, in input order, not null
     * @throws InvalidValueException if the list is empty or an element is null (naming its index)
     */
    public List<OrderOutcome> placeAll(List<Order> orders) {
        Objects.requireNonNull(orders, "orders");
        if (orders.isEmpty()) {
            throw new InvalidValueException("Batch of orders is empty");
        }
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i) == null) {
                throw new InvalidValueException("Order at index " + i + " of the batch is null");
            }
        }
        return store.inTransaction(s -> {
            List<OrderOutcome> outcomes = new ArrayList<>(orders.size());
            for (Order order : orders) {
                try {
                    outcomes.add(OrderOutcome.placed(place(order)));
                } catch (BudgetExceededException | CustomerFrozenException | UnknownEntityException
                        | ResellerNotApprovedException | DuplicateKeyException | CurrencyMismatchException
                        | CycleClosedException e) {
                    outcomes.add(OrderOutcome.refused(e));
                }
            }
            return List.copyOf(outcomes);
        });
    }

    /**
     * The transaction of {@link #place}. A refusal for want of budget is returned, not thrown,
     * so that the transaction commits an automatic freeze it caused; it is kept here and thrown
     * once the transaction is over. (This object stands where the transaction's lambda was, so
     * an order allocates nothing more for it.)
     */
    private final class Placing implements Function<BillingStore, BillLine> {
        private final Customer customer;
        private final Order order;
        private final BillLine line;
        private @Nullable Deduction refused;

        Placing(Customer customer, Order order, BillLine line) {
            this.customer = customer;
            this.order = order;
            this.line = line;
        }

        @Override
        public BillLine apply(BillingStore s) {
            refused = null; // a store may run the transaction again after a conflict
            s.resellers().find(customer.reseller())
                    .orElseThrow(() -> new UnknownEntityException("Unknown reseller '" + customer.reseller() + "'"))
                    .requireApproved("have orders billed");
            Optional<BillLine> earlier = s.lines().find(order.id());
            if (earlier.isPresent()) {
                return TakenOrderIds.repeat(earlier.get(), order, line);
            }
            // Before the budget's row lock: an issue of the cycle never waits behind a budget.
            IssuedCycles.refuseLineOfIssuedCycle(s, line);
            // The decimals the order and line hold already, not Moneta amounts built to be taken apart.
            Deduction deduction = budgets.tryDeductWithin(s, customer, order.id(), order.feeDecimal(),
                    line.settlementDecimal(), order.at());
            if (!deduction.isAccepted()) {
                refused = deduction;
                return line; // not appended; place() throws the refusal
            }
            s.lines().append(line);
            return line;
        }
    }

    /**
     * Refunds part or all of an order (an unsubscription or a downgrade).
     *
     * @param refund the refund, with its fee in the billing currency, not null
     * @return its REFUND line (the first one, for a repeat), not null
     * @throws UnknownEntityException if the original order is unknown
     * @throws InvalidValueException if the original is itself a refund or an adjustment
     * @throws io.partnerbill.core.RefundExceedsOrderException if it exceeds what is left un-refunded of the order
     * @throws BeforeOriginalOrderException if it is dated before the original order (the same instant is accepted)
     * @throws DuplicateKeyException if another order or line has the refund's id
     */
    public BillLine refund(Refund refund) {
        Objects.requireNonNull(refund, "refund");
        ExactMoney.requireCurrency(currency, refund.fee().getCurrency(), "Refund '" + refund.id() + "'");
        return store.inTransaction(s -> {
            Optional<BillLine> earlier = s.lines().find(refund.id());
            if (earlier.isPresent()) {
                return TakenOrderIds.repeat(earlier.get(), refund);
            }
            BillLine original = original(s, refund.original(), refund.id());
            requireNotBefore("Refund", refund.id(), refund.at(), original);
            BudgetCharge charge = s.budgets().findCharge(refund.original())
                    .orElseThrow(() -> new UnknownEntityException("Order '" + refund.original()
                            + "' has no budget charge to refund"));
            BigDecimal fee = ExactMoney.decimal(refund.fee());
            BigDecimal settlement = fee.compareTo(charge.refundableFeeDecimal()) == 0
                    ? charge.refundableSettlementDecimal()
                    : original.discount().settlement(fee, currency, RoundingPolicy.LINE)
                            .min(charge.refundableSettlementDecimal()).max(BigDecimal.ZERO);
            budgets.refund(refund.original(), refund.fee(), ExactMoney.monetary(settlement, currency), refund.at());
            BillLine line = original.toBuilder()
                    .cycle(calendar.cycleOf(refund.at())).billType(BillType.REFUND).orderId(refund.id())
                    .originalOrderId(refund.original()).transactionTime(refund.at()).orderType(refund.orderType())
                    .customerExpenditure(ExactMoney.monetary(fee.negate(), currency))
                    .settlementAmount(ExactMoney.monetary(settlement.negate(), currency))
                    .build();
            IssuedCycles.refuseLineOfIssuedCycle(s, line);
            s.lines().append(line);
            return line;
        });
    }

    /**
     * Adjusts the fee of an order: an ADJUSTMENT line at the original order's discount; the
     * budget is not touched.
     *
     * @param adjustment the adjustment, in the billing currency, not null
     * @return its ADJUSTMENT line (the first one, for a repeat), not null
     * @throws UnknownEntityException if the original order is unknown
     * @throws InvalidValueException if the original is itself a refund or an adjustment
     * @throws BeforeOriginalOrderException if it is dated before the original order (the same instant is accepted)
     * @throws DuplicateKeyException if another order or line has the adjustment's id
     */
    public BillLine adjust(Adjustment adjustment) {
        Objects.requireNonNull(adjustment, "adjustment");
        ExactMoney.requireCurrency(currency, adjustment.amount().getCurrency(), "Adjustment '" + adjustment.id() + "'");
        return store.inTransaction(s -> {
            Optional<BillLine> earlier = s.lines().find(adjustment.id());
            if (earlier.isPresent()) {
                return TakenOrderIds.repeat(earlier.get(), adjustment);
            }
            BillLine original = original(s, adjustment.original(), adjustment.id());
            requireNotBefore("Adjustment", adjustment.id(), adjustment.at(), original);
            BillLine line = original.toBuilder()
                    .cycle(calendar.cycleOf(adjustment.at())).billType(BillType.ADJUSTMENT).orderId(adjustment.id())
                    .originalOrderId(adjustment.original()).transactionTime(adjustment.at())
                    .orderType(OrderType.FEE_ADJUSTMENT).customerExpenditure(adjustment.amount())
                    .settleAtDiscount()
                    .build();
            IssuedCycles.refuseLineOfIssuedCycle(s, line);
            s.lines().append(line);
            return line;
        });
    }

    /** A refund or adjustment before its order would land in an earlier cycle than the order's. */
    private static void requireNotBefore(String kind, OrderId id, Instant at, BillLine original) {
        if (at.isBefore(original.transactionTime())) {
            throw new BeforeOriginalOrderException(id, original.orderId(), kind + " '" + id + "' at " + at + " is dated before its original order '"
                    + original.orderId() + "' at " + original.transactionTime());
        }
    }

    private static BillLine original(BillingStore s, OrderId original, OrderId by) {
        BillLine line = s.lines().find(original).orElseThrow(() -> new UnknownEntityException("Unknown original order '"
                + original + "' named by '" + by + "'"));
        if (line.billType() != BillType.EXPENDITURE) {
            throw new InvalidValueException("Order '" + by + "' names '" + original + "', which is a "
                    + line.billType().label().toLowerCase(java.util.Locale.ROOT) + ", not an order");
        }
        s.resellers().find(line.partner())
                .orElseThrow(() -> new UnknownEntityException("Unknown reseller '" + line.partner() + "'"))
                .requireApproved("have orders billed");
        return line;
    }

    /**
     * Finds the line of an order, refund or adjustment.
     *
     * @param id the order id, not null
     * @return the line, or empty, not null
     */
    public Optional<BillLine> find(OrderId id) {
        return store.lines().find(Objects.requireNonNull(id, "id"));
    }

    /**
     * Finds what an order took from its customer's budget and how much of it was refunded.
     *
     * @param id the order id, not null
     * @return the charge, or empty, not null
     */
    public Optional<BudgetCharge> charge(OrderId id) {
        return budgets.charge(id);
    }
}
