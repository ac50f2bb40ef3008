package io.partnerbill.core.testing;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.reseller.Enrollment;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.testkit.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * A facade in USD over a store, with a settable clock, and shortcuts to enroll an approved
 * reseller, add customers with budgets and build orders. Used by the reseller, budget and
 * order tests.
 */
public final class OrdersFixture {

    /** The operator's billing zone. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final javax.money.CurrencyUnit USD = Monetary.getCurrency("USD");

    /** The settable clock of the facade. */
    public final MutableClock clock;
    /** The facade. */
    public final PartnerBilling billing;

    private OrdersFixture(BillingStore store, Instant now) {
        this.clock = new MutableClock(now);
        this.billing = PartnerBilling.builder().currency("USD").store(store).clock(clock).build();
    }

    /** @return a fixture over a new in-memory store, its clock at 2024-03-01 09:00 Beijing */
    public static OrdersFixture create() {
        return create(BillingStore.inMemory());
    }

    /** @return a fixture over a store, its clock at 2024-03-01 09:00 Beijing */
    public static OrdersFixture create(BillingStore store) {
        return new OrdersFixture(store, beijing(2024, 3, 1, 9, 0));
    }

    /** @return an instant given in Beijing time */
    public static Instant beijing(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BEIJING).toInstant();
    }

    /** @return an amount in USD */
    public static MonetaryAmount usd(String value) {
        return ExactMoney.monetary(new BigDecimal(value), USD);
    }

    /** @return the decimal value of an amount, for comparisons that ignore scale */
    public static BigDecimal dec(MonetaryAmount amount) {
        return ExactMoney.decimal(amount);
    }

    /** Enrolls and approves a reseller. */
    public PartnerId approvedReseller(String id) {
        PartnerId partner = PartnerId.of(id);
        billing.resellers().enroll(Enrollment.of(partner, "Reseller " + id).cspMember(true)
                .acceptAgreement("2024.1", clock.instant()));
        billing.resellers().approve(partner);
        return partner;
    }

    /** Adds a customer without a budget (so frozen). */
    public CustomerId customer(PartnerId reseller, String id) {
        CustomerId customer = CustomerId.of(id);
        billing.customers().add(reseller, customer, "Customer " + id, "acct-" + id);
        return customer;
    }

    /** Adds a customer with a monthly budget. */
    public CustomerId customerWithBudget(PartnerId reseller, String id, String monthlyAmount) {
        CustomerId customer = customer(reseller, id);
        billing.budgets().set(customer, Budget.monthly(usd(monthlyAmount)), "ops");
        return customer;
    }

    /** @return an order builder of product "ecs" in ap-southeast-1 */
    public static Order.Builder order(String id, CustomerId customer, String fee, Instant at) {
        return Order.builder().id(OrderId.of(id)).customer(customer).product(ProductId.of("ecs"), "Elastic Cloud Server")
                .regionCode("ap-southeast-1").fee(usd(fee)).at(at);
    }
}
