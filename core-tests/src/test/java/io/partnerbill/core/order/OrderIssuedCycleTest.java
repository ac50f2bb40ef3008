package io.partnerbill.core.order;

import static io.partnerbill.core.testing.OrdersFixture.beijing;
import static io.partnerbill.core.testing.OrdersFixture.dec;
import static io.partnerbill.core.testing.OrdersFixture.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.CycleClosedException;
import io.partnerbill.core.ErrorCode;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.testing.OrdersFixture;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An order, refund or adjustment that would land in an issued cycle is refused and changes nothing. */
class OrderIssuedCycleTest {

    @Test
    void anOrderDatedInAnIssuedCycleIsRefusedWithoutDeduction() {
        OrdersFixture f = OrdersFixture.create();
        PartnerId reseller = f.approvedReseller("acme");
        // A package budget has no periods, so a deduction made before the refusal would still show.
        CustomerId li = f.customer(reseller, "li");
        f.billing.budgets().set(li, Budget.ofPackage(OrdersFixture.usd("1000")), "ops");
        f.billing.orders().place(order("o-1", li, "100", beijing(2024, 3, 2, 10, 0)).build());
        // March's bill is issued on 5 April, 12:00 Beijing.
        f.clock.set(beijing(2024, 4, 5, 12, 0));
        f.billing.bills().issue(reseller, BillCycle.of(2024, 3));

        assertThatThrownBy(() -> f.billing.orders().place(order("o-2", li, "10", beijing(2024, 3, 31, 23, 0)).build()))
                .isInstanceOf(CycleClosedException.class)
                .hasMessage("Cycle 2024-03 of partner 'acme' is issued; line 'o-2' must go in as an ADJUSTMENT of a"
                        + " later cycle")
                .extracting(e -> List.of(((CycleClosedException) e).code(), ((CycleClosedException) e).partner(),
                        ((CycleClosedException) e).cycle()))
                .isEqualTo(List.of(ErrorCode.CYCLE_CLOSED, Optional.of(reseller), Optional.of(BillCycle.of(2024, 3))));
        assertThat(f.billing.lines().find(OrderId.of("o-2"))).isEmpty();
        assertThat(dec(f.billing.budgets().used(li))).isEqualByComparingTo("100");
        // The first order placed again is still the idempotent repeat it was.
        assertThat(f.billing.orders().place(order("o-1", li, "100", beijing(2024, 3, 2, 10, 0)).build()).orderId())
                .isEqualTo(OrderId.of("o-1"));
    }
}
