package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BilledParty;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.pricing.PriceScope;
import io.partnerbill.core.pricing.Repricing;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.testkit.BillingFixtures;
import io.partnerbill.testkit.MutableClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JDBC statement and price-rule stores against the in-memory ones as reference: the same
 * price book, lines, issues and payments through the facade give equal statements, rules,
 * payments and applications, also read back by a new store on the same database. The scenario
 * covers what a statement keeps: markups, a markdown, a fixed price, a correction with its
 * reason, a refund priced from the issued statement of its order, a negative month, and a
 * charged and a zero-rated tax component.
 */
class JdbcStatementStoreTest {

    private static final PartnerId P = PartnerId.of("P-1");
    private static final CustomerId C1 = CustomerId.of("C-1");
    private static final CustomerId C2 = CustomerId.of("C-2");
    private static final ProductId PRD1 = ProductId.of("PRD-1");
    private static final ProductId PRD2 = ProductId.of("PRD-2");
    private static final BillCycle JAN = BillCycle.of(2024, 1);
    private static final BillCycle FEB = BillCycle.of(2024, 2);

    /** VAT 10 % (HALF_UP to the cent) and a zero-rated levy. */
    private static final TaxPolicy VAT = request -> {
        BigDecimal tax = BillingFixtures.decimal(request.base()).multiply(new BigDecimal("0.10"))
                .setScale(2, RoundingMode.HALF_UP);
        return TaxBreakdown.of(BillingFixtures.USD, List.of(
                TaxComponent.of("VAT", BigDecimal.TEN, request.base(), BillingFixtures.usd(tax.toPlainString())),
                TaxComponent.zeroRated("Levy\tcity", request.base(), "exempt: reseller's\ncustomer")));
    };

    static Stream<String> databases() {
        return TestDatabases.names().stream();
    }

    private static BillLine line(BillCycle cycle, String orderId, CustomerId customer, ProductId product, BillType type,
            String amount, String original) {
        BillLine.Builder b = BillLine.builder().cycle(cycle).partner(P).customer(customer).billType(type)
                .orderType(type == BillType.REFUND ? OrderType.UNSUBSCRIPTION : OrderType.NEW_PURCHASE)
                .orderId(OrderId.of(orderId)).product(product).productName("Product " + product)
                .productType("Common products").regionCode("ap-southeast-1")
                .transactionTime(BillingFixtures.CALENDAR.start(cycle).plusSeconds(9 * 86400 + 1).plusNanos(123_456_789))
                .customerExpenditure(BillingFixtures.usd(amount)).discount(DiscountRate.parse("12.00% off"))
                .settleAtDiscount();
        if (!original.isEmpty()) {
            b.originalOrderId(OrderId.of(original));
        }
        return b.build();
    }

    /** Runs the scenario on a store and returns the facade. */
    private static PartnerBilling scenario(BillingStore store) {
        MutableClock clock = new MutableClock(Instant.parse("2023-12-01T00:00:00Z"));
        PartnerBilling billing = PartnerBilling.builder().store(store).currency("USD").clock(clock)
                .customerTaxPolicy(VAT).build();
        billing.prices().set(P, PriceScope.allCustomers(), Repricing.markup("5.00"), JAN);
        billing.prices().set(P, PriceScope.customer(C2), Repricing.markdown("3.00"), JAN);
        billing.prices().set(P, PriceScope.product(PRD2), Repricing.fixedPrice(BillingFixtures.usd("50.00")), JAN);
        billing.prices().set(P, PriceScope.customerAndProduct(C2, PRD1), Repricing.markup("1.25"), FEB);
        billing.prices().set(P, PriceScope.allCustomers(), Repricing.markup("10.00"), FEB);
        billing.lines().append(line(JAN, "E1", C1, PRD1, BillType.EXPENDITURE, "100.00", ""));
        billing.lines().append(line(JAN, "E2", C1, PRD2, BillType.EXPENDITURE, "40.00", ""));
        billing.lines().append(line(JAN, "E3", C2, PRD1, BillType.EXPENDITURE, "200.00", ""));
        billing.lines().append(line(JAN, "E4", C2, PRD2, BillType.EXPENDITURE, "40.00", ""));
        billing.lines().append(line(FEB, "R1", C1, PRD1, BillType.REFUND, "-40.00", "E1"));
        billing.lines().append(line(FEB, "R2", C1, PRD2, BillType.REFUND, "-10.00", "E2"));
        billing.lines().append(line(FEB, "E5", C1, PRD1, BillType.EXPENDITURE, "30.00", ""));
        billing.lines().append(line(FEB, "E6", C2, PRD1, BillType.EXPENDITURE, "33.33", ""));

        clock.set(billing.calendar().issueInstant(JAN));
        billing.bills().issue(P, JAN);
        billing.statements().issueAll(P, JAN);
        // a correction after January was issued: the issued statements keep their prices
        billing.prices().correct(P, PriceScope.allCustomers(), Repricing.markup("20.00"), JAN, "January was underpriced");
        billing.statements().collect(new Payment(PaymentReference.of("CP-1"), BilledParty.customer(P, C1), BillingFixtures.usd("100.00"),
                clock.instant(), PaymentMethod.BANK_TRANSFER));
        billing.statements().collect(new Payment(PaymentReference.of("CP-2"), BilledParty.customer(P, C2), BillingFixtures.usd("300.00"),
                clock.instant(), PaymentMethod.CREDIT_CARD));
        clock.set(billing.calendar().issueInstant(FEB));
        billing.bills().issue(P, FEB);
        billing.statements().issueAll(P, FEB);
        return billing;
    }

    private static void assertSameContent(BillingStore actual, BillingStore expected) {
        assertThat(actual.priceRules().ofReseller(P)).isEqualTo(expected.priceRules().ofReseller(P));
        assertThat(actual.statements().ofReseller(P)).isEqualTo(expected.statements().ofReseller(P)).hasSize(4);
        for (CustomerId c : List.of(C1, C2)) {
            assertThat(actual.statements().ofCustomer(c)).isEqualTo(expected.statements().ofCustomer(c));
            assertThat(actual.statements().paymentsOf(c)).isEqualTo(expected.statements().paymentsOf(c));
            for (IssuedStatement s : expected.statements().ofCustomer(c)) {
                assertThat(actual.statements().find(s.id())).contains(s);
                assertThat(actual.statements().find(c, s.cycle())).contains(s);
                assertThat(actual.statements().applicationsTo(s.id())).isEqualTo(expected.statements().applicationsTo(s.id()));
            }
        }
        for (String ref : List.of("CP-1", "CP-2")) {
            PaymentReference r = PaymentReference.of(ref);
            assertThat(actual.statements().findPayment(r)).isEqualTo(expected.statements().findPayment(r));
            assertThat(actual.statements().applicationsOf(r)).isEqualTo(expected.statements().applicationsOf(r)).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void facadeOnJdbc_keepsWhatTheInMemoryStoreKeeps_alsoAfterARestart(String database) {
        BillingStore reference = BillingStore.inMemory();
        scenario(reference);
        DataSource ds = TestDatabases.of(database);
        JdbcBillingStore store = TestDatabases.migrated(ds);

        PartnerBilling billing = scenario(store);

        assertSameContent(store, reference);
        assertSameContent(JdbcBillingStore.create(ds), reference);
        // what the scenario is meant to exercise is really there
        IssuedStatement jan = store.statements().find(C1, JAN).orElseThrow();
        assertThat(jan.statement().tax().components()).hasSize(2);
        assertThat(jan.statement().tax().components().get(1).zeroRatingReason()).contains("exempt: reseller's\ncustomer");
        assertThat(jan.statement().lines()).allSatisfy(l -> assertThat(l.rule()).isPresent());
        assertThat(billing.prices().corrections(P)).singleElement()
                .satisfies(r -> assertThat(r.correction()).contains("January was underpriced"));
        assertThat(store.statements().find(C1, FEB).orElseThrow().statement().lines())
                .anySatisfy(l -> assertThat(l.originalOrderId()).contains(OrderId.of("E1")));
        assertThat(store.statements().ofReseller(P)).extracting(s -> s.id().value())
                .containsExactly("C-1/2024-01", "C-2/2024-01", "C-1/2024-02", "C-2/2024-02");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void statementNumber_isUniquePerReseller_notAcrossResellers(String database) {
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        BillingStore reference = BillingStore.inMemory();
        scenario(reference);
        IssuedStatement first = reference.statements().find(C1, JAN).orElseThrow();
        IssuedStatement other = reference.statements().find(C2, JAN).orElseThrow();
        // a statement prices the store's bill lines: they are there before it
        first.statement().lines().forEach(l -> store.lines().append(l.line()));
        store.statements().insert(first);

        IssuedStatement sameNumber = IssuedStatement.of(StatementId.of("X-1"), first.number(), other.issuedAt(),
                other.statement(), other.paid());
        assertThatThrownBy(() -> store.statements().insert(sameNumber))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessage("Reseller 'P-1' already gave statement number 'CS-2024-000001' to 'C-1/2024-01'");
        assertThat(store.statements().find(StatementId.of("X-1"))).isEmpty();
        assertThat(store.statements().find(C2, JAN)).isEmpty();

        // another reseller's sequence has its own CS-2024-000001
        CustomerStatement empty = CustomerStatement.of(PartnerId.of("P-2"), CustomerId.of("C-9"), JAN, BillingFixtures.USD,
                RoundingPolicy.BILL_TOTAL, List.of(), TaxBreakdown.none(BillingFixtures.USD));
        IssuedStatement otherReseller = IssuedStatement.of(StatementId.of("X-2"), first.number(), other.issuedAt(), empty,
                BillingFixtures.usd("0"));
        store.statements().insert(otherReseller);
        assertThat(store.statements().find(StatementId.of("X-2"))).contains(otherReseller);
    }
}
