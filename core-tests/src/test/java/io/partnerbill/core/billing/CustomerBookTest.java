package io.partnerbill.core.billing;

import io.partnerbill.core.reseller.Customer;
import io.partnerbill.core.reseller.Enrollment;
import io.partnerbill.core.reseller.Reseller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ResellerNotApprovedException;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.budget.FreezeReason;
import io.partnerbill.core.testing.OrdersFixture;
import org.junit.jupiter.api.Test;

class CustomerBookTest {

    private final OrdersFixture fx = OrdersFixture.create();
    private final CustomerBook customers = fx.billing.customers();

    @Test
    void add_associatesCustomer_whichStartsFrozenForWantOfBudget() {
        PartnerId p1 = fx.approvedReseller("P1");

        Customer c = customers.add(p1, CustomerId.of("C1"), "Li Wei", "liwei01");

        assertThat(c.reseller()).isEqualTo(p1);
        assertThat(c.associatedAt()).isEqualTo(fx.clock.instant());
        assertThat(customers.get(CustomerId.of("C1"))).isEqualTo(c);
        assertThat(customers.ofReseller(p1)).containsExactly(c);
        assertThat(fx.billing.budgets().account(CustomerId.of("C1")).freezeReasons())
                .containsExactly(FreezeReason.NO_BUDGET);
        assertThat(fx.billing.budgets().isFrozen(CustomerId.of("C1"))).isTrue();
    }

    @Test
    void add_sameCustomerAgain_returnsFirstRecord() {
        PartnerId p1 = fx.approvedReseller("P1");
        Customer first = customers.add(p1, CustomerId.of("C1"), "Li Wei", "liwei01");
        fx.clock.set(fx.clock.instant().plusSeconds(60));

        assertThat(customers.add(p1, CustomerId.of("C1"), "Li Wei", "liwei01")).isEqualTo(first);
    }

    @Test
    void add_refusesIdOfAnotherReseller() {
        PartnerId p1 = fx.approvedReseller("P1");
        PartnerId p2 = fx.approvedReseller("P2");
        customers.add(p1, CustomerId.of("C1"), "Li Wei", "liwei01");

        assertThatThrownBy(() -> customers.add(p2, CustomerId.of("C1"), "Li Wei", "liwei01"))
                .isInstanceOf(DuplicateKeyException.class).hasMessageStartingWith("Customer 'C1' exists already");
        assertThat(customers.ofReseller(p2)).isEmpty();
    }

    @Test
    void add_refusesResellerNotApproved_andUnknownReseller() {
        fx.billing.resellers().enroll(Enrollment.of(PartnerId.of("P1"), "Acme").cspMember(true)
                .acceptAgreement("2024.1", fx.clock.instant()));

        assertThatThrownBy(() -> customers.add(PartnerId.of("P1"), CustomerId.of("C1"), "Li Wei", "liwei01"))
                .isInstanceOf(ResellerNotApprovedException.class)
                .hasMessage("Reseller 'P1' is SUBMITTED, not APPROVED, and cannot own customers");
        assertThatThrownBy(() -> customers.add(PartnerId.of("P9"), CustomerId.of("C1"), "Li Wei", "liwei01"))
                .isInstanceOf(UnknownEntityException.class).hasMessage("Unknown reseller 'P9'");
        assertThat(customers.find(CustomerId.of("C1"))).isEmpty();
    }
}
