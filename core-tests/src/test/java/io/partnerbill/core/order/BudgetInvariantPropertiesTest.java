package io.partnerbill.core.order;

import static io.partnerbill.core.testing.OrdersFixture.beijing;
import static io.partnerbill.core.testing.OrdersFixture.dec;
import static io.partnerbill.core.testing.OrdersFixture.order;
import static io.partnerbill.core.testing.OrdersFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DiscountId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.budget.BudgetAccount;
import io.partnerbill.core.budget.BudgetCharge;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.testing.OrdersFixture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any sequence of budget set / change, orders, refunds and cycle rollovers keeps a MONTHLY
 * budget's {@code 0 <= used <= amount}, agrees with a plain reference model of the rules, and
 * never lets refunds make an order's net fee or net settlement negative.
 */
class BudgetInvariantPropertiesTest {

    sealed interface Action permits SetBudget, ChangeBudget, PlaceOrder, RefundOrder, Rollover {
    }

    record SetBudget(BigDecimal amount) implements Action {
    }

    record ChangeBudget(BigDecimal amount) implements Action {
    }

    record PlaceOrder(BigDecimal fee) implements Action {
    }

    /** Refunds {@code percent} % of what is left of the {@code pick}-th order (modulo the orders placed). */
    record RefundOrder(int pick, int percent) implements Action {
    }

    record Rollover() implements Action {
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("500"))
                .ofScale(2);
        Arbitrary<BigDecimal> fees = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("3")).ofScale(8));
        Arbitrary<Action> action = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, amounts.map(SetBudget::new)),
                net.jqwik.api.Tuple.of(2, amounts.map(ChangeBudget::new)),
                net.jqwik.api.Tuple.of(8, fees.map(PlaceOrder::new)),
                net.jqwik.api.Tuple.of(4, net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(1, 100)).as(RefundOrder::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Rollover())));
        return action.list().ofMaxSize(40);
    }

    @Property(tries = 150)
    void monthlyBudget_staysWithinZeroAndAmount_andRefundsNeverTurnOrdersNegative(
            @ForAll("actions") List<Action> actions) {
        OrdersFixture fx = OrdersFixture.create();
        PartnerId p1 = fx.approvedReseller("P1");
        CustomerId c1 = fx.customer(p1, "C1");
        fx.billing.discounts().authorize(Discount.builder().id(DiscountId.of("D1")).partner(p1)
                .product(ProductId.of("ecs")).productName("Elastic Cloud Server").rate(DiscountRate.ofPercentOff("33.33"))
                .effective(beijing(2020, 1, 1, 0, 0)).expiry(Instant.parse("2099-12-31T15:59:59Z")).build());
        // The reference model.
        BigDecimal amount = null;
        BigDecimal used = BigDecimal.ZERO;
        List<OrderId> placed = new ArrayList<>();
        java.util.Map<OrderId, BigDecimal> netSettlement = new java.util.HashMap<>();
        java.util.Map<OrderId, BigDecimal> netFee = new java.util.HashMap<>();
        int month = 3;
        int seq = 0;
        for (Action a : actions) {
            Instant now = beijing(2024 + (month - 1) / 12, (month - 1) % 12 + 1, 10, 12, 0).plusSeconds(seq);
            fx.clock.set(now);
            seq++;
            if (a instanceof SetBudget s) {
                boolean ok = attempt(() -> fx.billing.budgets().set(c1, Budget.monthly(usd(s.amount().toPlainString())),
                        "ops"));
                assertThat(ok).isEqualTo(amount == null);
                if (ok) {
                    amount = s.amount();
                    used = BigDecimal.ZERO;
                }
            } else if (a instanceof ChangeBudget c) {
                boolean ok = attempt(() -> fx.billing.budgets().change(c1, Budget.monthly(usd(c.amount().toPlainString())),
                        "ops"));
                assertThat(ok).isEqualTo(amount != null && c.amount().compareTo(used) >= 0);
                if (ok) {
                    amount = c.amount();
                }
            } else if (a instanceof PlaceOrder o) {
                String id = "O" + seq;
                boolean ok = attempt(() -> fx.billing.orders().place(order(id, c1, o.fee().toPlainString(), now).build()));
                assertThat(ok).isEqualTo(amount != null && o.fee().compareTo(amount.subtract(used)) <= 0
                        && amount.subtract(used).signum() > 0);
                if (ok) {
                    used = used.add(o.fee());
                    placed.add(OrderId.of(id));
                    BillLine line = fx.billing.orders().find(OrderId.of(id)).orElseThrow();
                    netSettlement.put(OrderId.of(id), line.settlementDecimal());
                    netFee.put(OrderId.of(id), line.expenditureDecimal());
                }
            } else if (a instanceof RefundOrder r && !placed.isEmpty()) {
                OrderId original = placed.get(r.pick() % placed.size());
                BigDecimal left = dec(fx.billing.orders().charge(original).orElseThrow().refundableFee());
                BigDecimal fee = left.multiply(BigDecimal.valueOf(r.percent())).movePointLeft(2)
                        .setScale(8, RoundingMode.DOWN);
                if (fee.signum() > 0) {
                    BillLine refund = fx.billing.orders().refund(Refund.unsubscription(
                            OrderId.of("R" + seq), original, usd(fee.toPlainString()), now));
                    netSettlement.merge(original, refund.settlementDecimal(), BigDecimal::add);
                    netFee.merge(original, refund.expenditureDecimal(), BigDecimal::add);
                    assertThat(netSettlement.get(original)).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                    assertThat(netFee.get(original)).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                    used = used.subtract(fee).max(BigDecimal.ZERO);
                }
            } else if (a instanceof Rollover) {
                month++;
                used = BigDecimal.ZERO;
                fx.clock.set(beijing(2024 + (month - 1) / 12, (month - 1) % 12 + 1, 10, 12, 0));
            }
            BudgetAccount account = fx.billing.budgets().account(c1);
            assertThat(account.usedDecimal()).isEqualByComparingTo(used);
            assertThat(account.usedDecimal()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            if (amount != null) {
                assertThat(account.usedDecimal()).isLessThanOrEqualTo(amount);
            }
        }
        for (OrderId o : placed) {
            BudgetCharge charge = fx.billing.orders().charge(o).orElseThrow();
            assertThat(charge.refundableFeeDecimal()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(charge.refundableSettlementDecimal()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            BillLine line = fx.billing.orders().find(o).orElseThrow();
            assertThat(line.settlementAmount()).isEqualTo(charge.settlement());
            assertThat(netSettlement.get(o)).isEqualByComparingTo(charge.refundableSettlementDecimal());
            assertThat(netFee.get(o)).isEqualByComparingTo(charge.refundableFeeDecimal());
        }
    }

    private static boolean attempt(Runnable r) {
        try {
            r.run();
            return true;
        } catch (PartnerBillingException refused) {
            return false;
        }
    }
}
