package io.partnerbill.tax;

import static io.partnerbill.tax.TaxFixtures.describe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.pricing.PriceScope;
import io.partnerbill.core.pricing.Repricing;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.testkit.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The reseller's own GST on its customers: a reseller in Karnataka (29) bills a customer in
 * Karnataka (intra-state: CGST + SGST) and one in Maharashtra (27, inter-state: IGST).
 */
class CustomerStatementTaxTest {

    private static final PartnerId RESELLER = PartnerId.of("P-BLR");
    private static final CustomerId KARNATAKA = CustomerId.of("C-KA");
    private static final CustomerId MAHARASHTRA = CustomerId.of("C-MH");
    private static final BillCycle JUN = BillCycle.of(2024, 6);
    private static final Supplier RESELLER_ENTITY = Supplier.india("Reseller Bengaluru Pvt Ltd", TaxFixtures.PARTNER_KARNATAKA);

    private static BillLine line(CustomerId customer, String order, String amount) {
        return BillLine.builder().cycle(JUN).partner(RESELLER).customer(customer).billType(BillType.EXPENDITURE)
                .orderType(OrderType.NEW_PURCHASE).orderId(OrderId.of(order)).productType("Common products")
                .productName("Cloud Server").product(ProductId.of("ecs")).regionCode("ap-southeast-1")
                .transactionTime(JUN.month().atDay(10).atStartOfDay(BillingCalendar.BEIJING).toInstant())
                .customerExpenditure(TaxFixtures.money(amount, "INR")).settlementAmount(TaxFixtures.money(amount, "INR"))
                .build();
    }

    private static PartnerBilling billing(RegionTaxPolicy customerTax) {
        MutableClock clock = new MutableClock(Instant.parse("2024-05-01T00:00:00Z"));
        PartnerBilling billing = PartnerBilling.builder().currency("INR").clock(clock).customerTaxPolicy(customerTax).build();
        billing.prices().set(RESELLER, PriceScope.allCustomers(), Repricing.markup("5.00"), JUN);
        billing.lines().append(line(KARNATAKA, "O-KA", "1234.57"));
        billing.lines().append(line(MAHARASHTRA, "O-MH", "1234.57"));
        return billing;
    }

    @Test
    void intraStateCustomer_paysCgstAndSgst_interStateCustomer_paysIgst() {
        RegionTaxPolicy policy = RegionTaxPolicy.builder().supplier(TaxFixtures.INDIA_SUPPLIER)
                .reseller(RESELLER, RESELLER_ENTITY)
                .registerCustomer(KARNATAKA, TaxRegistration.india(TaxFixtures.SUPPLIER_KARNATAKA))
                .registerCustomer(MAHARASHTRA, TaxRegistration.india(TaxFixtures.PARTNER_MAHARASHTRA))
                .build();
        PartnerBilling billing = billing(policy);

        CustomerStatement ka = billing.statements().calculate(RESELLER, KARNATAKA, JUN);
        CustomerStatement mh = billing.statements().calculate(RESELLER, MAHARASHTRA, JUN);

        // 1234.57 x 1.05 = 1296.2985 -> subtotal 1296.30
        // intra-state: CGST 9 % = 116.667 -> 116.67, SGST the same: 233.34 in all
        assertThat(describe(ka.tax())).containsExactly("CGST 9% of 1296.30 = 116.67", "SGST 9% of 1296.30 = 116.67");
        assertThat(ka.total()).isEqualByComparingTo(TaxFixtures.money("1529.64", "INR"));
        // inter-state: IGST 18 % = 233.334 -> 233.33 (each component rounds on its own: 0.01 less than CGST + SGST)
        assertThat(describe(mh.tax())).containsExactly("IGST 18% of 1296.30 = 233.33");
        assertThat(mh.total()).isEqualByComparingTo(TaxFixtures.money("1529.63", "INR"));
    }

    @Test
    void aPolicyBuiltForOneReseller_canNameItAsTheSupplier() {
        RegionTaxPolicy policy = RegionTaxPolicy.builder().supplier(RESELLER_ENTITY)
                .registerCustomer(MAHARASHTRA, TaxRegistration.india(TaxFixtures.PARTNER_MAHARASHTRA)).build();

        CustomerStatement mh = billing(policy).statements().calculate(RESELLER, MAHARASHTRA, JUN);

        assertThat(describe(mh.tax())).containsExactly("IGST 18% of 1296.30 = 233.33");
        assertThat(policy.customerRegistration(MAHARASHTRA)).contains(TaxRegistration.india(TaxFixtures.PARTNER_MAHARASHTRA));
        assertThat(policy.customerRegistration(KARNATAKA)).isEmpty();
    }

    @Test
    void unregisteredCustomer_isRefusedByName_andDoubleRegistrationToo() {
        RegionTaxPolicy policy = RegionTaxPolicy.builder().supplier(RESELLER_ENTITY).build();

        assertThatThrownBy(() -> billing(policy).statements().calculate(RESELLER, KARNATAKA, JUN))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessage("Customer 'C-KA' of reseller 'P-BLR' has no tax registration");
        assertThatThrownBy(() -> RegionTaxPolicy.builder()
                .registerCustomer(KARNATAKA, TaxRegistration.india(TaxFixtures.SUPPLIER_KARNATAKA))
                .registerCustomer(KARNATAKA, TaxRegistration.india(TaxFixtures.PARTNER_MAHARASHTRA)))
                .isInstanceOf(io.partnerbill.core.InvalidValueException.class)
                .hasMessageStartingWith("Customer 'C-KA' is already registered as '");
    }
}
