package io.partnerbill.cli;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DiscountId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.reseller.Enrollment;
import io.partnerbill.export.format.NameDirectory;
import io.partnerbill.export.invoice.InvoiceParties;
import io.partnerbill.export.invoice.InvoiceParty;
import io.partnerbill.tax.Country;
import io.partnerbill.tax.Gstin;
import io.partnerbill.tax.IndianState;
import io.partnerbill.tax.RegionTaxPolicy;
import io.partnerbill.tax.Supplier;
import io.partnerbill.tax.TaxRegistration;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/** The demo's cast: a reseller registered in Karnataka, ten customers and a dozen discounted products. */
final class DemoWorld {

    static final PartnerId PARTNER = PartnerId.of("P-KA-0001");
    static final String PARTNER_NAME = "Bengaluru Cloud Partners";
    static final Gstin PARTNER_GSTIN = Gstin.of("29ABCDE1234F1ZW");
    static final Gstin OPERATOR_GSTIN = Gstin.of("29AAACO1234K1ZH");
    static final String CURRENCY = "INR";

    /** A product: id, name, percent off authorized, and a typical list fee in INR. */
    record Product(String id, String name, String percentOff, int typicalFee) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("ecs", "Elastic Cloud Server", "12.00", 4200),
            new Product("obs", "Object Storage Service", "1.00", 900),
            new Product("rds", "Relational Database Service", "67.00", 6800),
            new Product("cfw", "Cloud Firewall", "88.00", 2500),
            new Product("waf", "Web Application Firewall", "34.00", 3100),
            new Product("elb", "Elastic Load Balance", "11.12", 1500),
            new Product("cce", "Cloud Container Engine", "15.00", 5200),
            new Product("dcs", "Distributed Cache Service", "20.00", 1800),
            new Product("cdn", "Content Delivery Network", "5.00", 1200),
            new Product("gaussdb", "GaussDB", "25.00", 7400),
            new Product("modelarts", "ModelArts", "30.00", 9600),
            new Product("antiddos", "Anti-DDoS", "10.00", 2000));

    /** A customer: id, name, account, and monthly budget in INR. */
    record Customer(String id, String name, String account, long monthlyBudget) {
    }

    // Two customers' budgets are tight on purpose: some of their orders are refused.
    static final List<Customer> CUSTOMERS = List.of(
            new Customer("c-aarav", "Aarav Textiles", "aarav-it", 500_000_000),
            new Customer("c-bhavna", "Bhavna Logistics", "bhavna-ops", 500_000_000),
            new Customer("c-chitra", "Chitra Foods", "chitra-cloud", 500_000_000),
            new Customer("c-dev", "Dev Fintech", "dev-fin", 500_000_000),
            new Customer("c-esha", "Esha Health", "esha-med", 500_000_000),
            new Customer("c-farhan", "Farhan Motors", "farhan-auto", 500_000_000),
            new Customer("c-gita", "Gita Education", "gita-edu", 500_000_000),
            new Customer("c-hari", "Hari Retail", "hari-shop", 500_000_000),
            new Customer("c-isha", "Isha Studio", "isha-art", 4_000_000),
            new Customer("c-jay", "Jay Travels", "jay-trips", 6_000_000));

    private DemoWorld() {
    }

    static MonetaryAmount inr(BigDecimal value) {
        return ExactMoney.monetary(value, Monetary.getCurrency(CURRENCY));
    }

    static RegionTaxPolicy taxPolicy() {
        return RegionTaxPolicy.builder()
                .supplier(Supplier.of("Cloud Operator Pte Ltd", Country.of("SG")))
                .supplier(Country.INDIA, Supplier.india("Cloud Operator India Pvt Ltd", OPERATOR_GSTIN))
                .register(PARTNER, TaxRegistration.india(IndianState.KARNATAKA, PARTNER_GSTIN))
                .build();
    }

    /** Enrolls the reseller, adds the customers with budgets, and authorizes the discounts, once. */
    static void setUp(PartnerBilling billing, BillCycle cycle) {
        Instant monthStart = billing.calendar().start(cycle);
        if (billing.resellers().find(PARTNER).isEmpty()) {
            billing.resellers().enroll(Enrollment.of(PARTNER, PARTNER_NAME).cspMember(true)
                    .acceptAgreement("2024.1", monthStart.minusSeconds(86_400L * 40)));
            billing.resellers().approve(PARTNER);
        }
        for (Customer c : CUSTOMERS) {
            CustomerId id = CustomerId.of(c.id());
            if (billing.customers().find(id).isEmpty()) {
                billing.customers().add(PARTNER, id, c.name(), c.account());
                billing.budgets().set(id, Budget.monthly(inr(BigDecimal.valueOf(c.monthlyBudget()))), "demo");
            }
        }
        for (Product p : PRODUCTS) {
            DiscountId id = DiscountId.of("D-" + p.id());
            if (billing.discounts().find(id).isEmpty()) {
                billing.discounts().authorize(Discount.builder().id(id).partner(PARTNER).product(ProductId.of(p.id()))
                        .productName(p.name()).rate(DiscountRate.ofPercentOff(p.percentOff()))
                        .effective(Instant.parse("2020-01-01T00:00:00Z")).expiry(Instant.parse("2099-12-31T15:59:59Z"))
                        .build());
            }
        }
    }

    /**
     * The invoice parties: the operator's Indian entity, the reseller and its customers, all in Bengaluru
     * (core holds names only; addresses and tax ids are the demo's own).
     */
    static InvoiceParties invoiceParties() {
        InvoiceParties.Builder parties = InvoiceParties.builder()
                .operator(InvoiceParty.of("Cloud Operator India Pvt Ltd", List.of("Prestige Tech Park, Outer Ring Road",
                        "Bengaluru 560103"), "IN").withRegion("Karnataka").withTaxId(OPERATOR_GSTIN.value()))
                .partner(PARTNER, InvoiceParty.of(PARTNER_NAME, List.of("12 Residency Road", "Bengaluru 560025"), "IN")
                        .withRegion("Karnataka").withTaxId(PARTNER_GSTIN.value()));
        int door = 1;
        for (Customer c : CUSTOMERS) {
            parties.customer(CustomerId.of(c.id()), InvoiceParty.of(c.name(), List.of(door++ + " MG Road",
                    "Bengaluru 560001"), "IN").withRegion("Karnataka"));
        }
        return parties.build();
    }

    /** Customer and account names for the exports' name columns. */
    static NameDirectory names() {
        return new NameDirectory() {
            @Override
            public Optional<String> customerName(CustomerId customer) {
                return CUSTOMERS.stream().filter(c -> c.id().equals(customer.value())).map(Customer::name).findFirst();
            }

            @Override
            public Optional<String> accountName(CustomerId customer) {
                return CUSTOMERS.stream().filter(c -> c.id().equals(customer.value())).map(Customer::account).findFirst();
            }

            @Override
            public Optional<String> partnerName(PartnerId partner) {
                return partner.equals(PARTNER) ? Optional.of(PARTNER_NAME) : Optional.empty();
            }
        };
    }
}
