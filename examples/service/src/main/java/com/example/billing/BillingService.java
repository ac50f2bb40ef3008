package com.example.billing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DiscountId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.reseller.Enrollment;
import io.partnerbill.export.Exporter;
import io.partnerbill.jdbc.JdbcBillingStore;
import io.partnerbill.tax.Country;
import io.partnerbill.tax.RegionTaxPolicy;
import io.partnerbill.tax.Supplier;
import io.partnerbill.tax.TaxRegistration;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.sql.DataSource;

/**
 * A small billing service: a Singapore operator's reseller places its customers' orders, and the
 * operator issues the reseller's monthly bill (9 % GST) and exports it as CSV. Everything is kept
 * in the service's PostgreSQL database, reached through the service's HikariCP pool.
 */
public final class BillingService {

    static final String CURRENCY = "SGD";
    static final ProductId ECS = ProductId.of("ecs");

    private static final Supplier OPERATOR = Supplier.of("Example Cloud Pte. Ltd.", Country.of("SG"));

    private final JdbcBillingStore store;

    private BillingService(JdbcBillingStore store) {
        this.store = store;
    }

    /**
     * Creates the service over the pool and brings the database schema up to date.
     *
     * @param pool the service's pool (HikariCP here); the service never closes it
     * @return the service
     */
    public static BillingService start(DataSource pool) {
        JdbcBillingStore store = JdbcBillingStore.create(pool);
        store.migrate();
        return new BillingService(store);
    }

    /**
     * Enrolls and approves a Singapore reseller with a 12 % discount on ECS, and gives its customer a budget.
     *
     * @param partner the reseller
     * @param customer its customer
     * @param at when it happens
     */
    public void openReseller(PartnerId partner, CustomerId customer, Instant at) {
        PartnerBilling billing = billingAt(at, partner);
        billing.resellers().enroll(Enrollment.of(partner, "Reseller " + partner.value()).cspMember(true)
                .acceptAgreement("2024.1", at));
        billing.resellers().approve(partner);
        billing.discounts().authorize(Discount.builder().id(DiscountId.of("D-" + partner.value())).partner(partner)
                .product(ECS).productName("Elastic Cloud Server").rate(DiscountRate.ofPercentOff("12.00"))
                .effective(Instant.parse("2024-01-01T00:00:00Z")).expiry(Instant.parse("2099-12-31T15:59:59Z"))
                .build());
        billing.customers().add(partner, customer, "Customer " + customer.value(), customer.value());
        billing.budgets().set(customer, Budget.monthly(sgd(new BigDecimal("100000"))), "ops@example.com");
    }

    /**
     * Places an ECS order of the customer, deducted from its budget and billed at the settlement price.
     *
     * @param partner the customer's reseller
     * @param customer the customer
     * @param order the order id
     * @param fee the customer's fee in SGD
     * @param at when the order is placed
     * @return the bill line
     */
    public BillLine placeOrder(PartnerId partner, CustomerId customer, OrderId order, BigDecimal fee, Instant at) {
        return billingAt(at, partner).orders().place(Order.builder().id(order).customer(customer)
                .product(ECS, "Elastic Cloud Server").regionCode("ap-southeast-3").fee(sgd(fee)).at(at).build());
    }

    /**
     * Issues the reseller's bill of the cycle.
     *
     * @param partner the reseller
     * @param cycle the month
     * @param at when it is issued: not before the 5th of the next month, 12:00 Beijing
     * @return the issued bill
     */
    public IssuedBill issueBill(PartnerId partner, BillCycle cycle, Instant at) {
        return billingAt(at, partner).bills().issue(partner, cycle);
    }

    /**
     * Writes the bill as CSV.
     *
     * @param bill the bill
     * @param out the stream, not closed
     * @return the number of rows written
     * @throws IOException if the stream fails
     */
    public long exportCsv(IssuedBill bill, OutputStream out) throws IOException {
        return Exporter.csv().writeBill(bill.bill(), out);
    }

    private PartnerBilling billingAt(Instant at, PartnerId partner) {
        return PartnerBilling.builder().store(store).currency(CURRENCY).taxPolicy(taxPolicy(partner))
                .clock(Clock.fixed(at, BillingCalendar.BEIJING)).build();
    }

    static RegionTaxPolicy taxPolicy(PartnerId partner) {
        // Our resellers are registered for GST in Singapore, as the operator is: 9 % GST on their bills.
        return RegionTaxPolicy.builder().supplier(OPERATOR).register(partner, TaxRegistration.of(Country.of("SG")))
                .build();
    }

    static MonetaryAmount sgd(BigDecimal value) {
        return Monetary.getDefaultAmountFactory().setCurrency(CURRENCY).setNumber(value).create();
    }
}
