package io.partnerbill.core.billing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CycleClosedException;
import io.partnerbill.core.CycleMismatchException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.StatementId;
import static io.partnerbill.core.StatementFixtures.C1;
import static io.partnerbill.core.StatementFixtures.C2;
import static io.partnerbill.core.StatementFixtures.DEC;
import static io.partnerbill.core.StatementFixtures.FEB;
import static io.partnerbill.core.StatementFixtures.JAN;
import static io.partnerbill.core.StatementFixtures.P;
import static io.partnerbill.core.StatementFixtures.PRD1;
import static io.partnerbill.core.StatementFixtures.expenditure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.pricing.PriceRule;
import io.partnerbill.core.pricing.PriceScope;
import io.partnerbill.core.pricing.Repricing;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.BillStore;
import io.partnerbill.core.store.BudgetStore;
import io.partnerbill.core.store.CouponStore;
import io.partnerbill.core.store.CustomerStore;
import io.partnerbill.core.store.DiscountStore;
import io.partnerbill.core.store.ExportTaskStore;
import io.partnerbill.core.store.LineStore;
import io.partnerbill.core.store.PaymentStore;
import io.partnerbill.core.store.ResellerStore;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.testkit.BillingFixtures;
import io.partnerbill.testkit.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** The price book's rules: set ahead, corrections recorded, resolution, and every refusal. */
class PriceBookTest {

    // 2023-12-15 in Beijing: the current cycle is 2023-12
    private final MutableClock clock = new MutableClock(Instant.parse("2023-12-15T00:00:00Z"));
    private final PartnerBilling billing = PartnerBilling.builder().currency("USD").clock(clock).build();

    @Test
    void set_refusesTheCurrentAndAPastCycle_changingNothing() {
        assertThatThrownBy(() -> billing.prices().set(P, PriceScope.allCustomers(), Repricing.markup("5"), DEC))
                .isInstanceOf(CycleClosedException.class)
                .hasMessage("A price rule of reseller 'P-1' for all customers must start after the current cycle 2023-12, "
                        + "was '2023-12'; record it with correct(..) and a reason to change the current or a past cycle");
        assertThatThrownBy(() -> billing.prices().set(P, PriceScope.customer(C1), Repricing.markup("5"), BillCycle.of(2023, 1)))
                .isInstanceOf(CycleClosedException.class)
                .hasMessageContaining("for customer 'C-1' must start after the current cycle 2023-12, was '2023-01'");
        assertThat(billing.prices().rules(P)).isEmpty();
    }

    @Test
    void correct_acceptsTheCurrentCycle_andRecordsTheReason() {
        PriceRule rule = billing.prices().correct(P, PriceScope.customer(C1), Repricing.markdown("3"), DEC, "price promise");

        assertThat(rule.isCorrection()).isTrue();
        assertThat(rule.correction()).contains("price promise");
        assertThat(rule.createdAt()).isEqualTo(clock.instant());
        assertThat(billing.prices().corrections(P)).containsExactly(rule);
        assertThat(billing.prices().find(rule.id())).contains(rule);
        assertThat(billing.prices().ruleFor(P, C1, PRD1, DEC)).contains(rule);
        assertThat(billing.prices().ruleFor(P, C1, PRD1, BillCycle.of(2023, 11))).isEmpty();
    }

    @Test
    void refusals_ofFixedPricesAndReasons_quoteTheValue() {
        Repricing fixed = Repricing.fixedPrice(BillingFixtures.usd("50.00"));
        assertThatThrownBy(() -> billing.prices().set(P, PriceScope.customer(C1), fixed, JAN))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("A fixed price is a price per product: rule 'P-1/PR-1' for customer 'C-1' must name a product, "
                        + "was 'fixed USD 50.00'");
        assertThatThrownBy(() -> billing.prices().set(P, PriceScope.product(PRD1),
                Repricing.fixedPrice(BillingFixtures.money("50.00", Monetary.getCurrency("EUR"))), JAN))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Fixed price 'fixed EUR 50.00' is in EUR but USD was expected");
        assertThatThrownBy(() -> billing.prices().correct(P, PriceScope.allCustomers(), Repricing.markup("1"), DEC, " "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The reason of correction rule 'P-1/PR-1' must not be blank, was ' '");
        assertThat(billing.prices().rules(P)).isEmpty();
    }

    @Test
    void ruleFor_prefersSpecificScope_thenLaterCycle_thenLaterRule() {
        PriceRule all = billing.prices().set(P, PriceScope.allCustomers(), Repricing.markup("1"), JAN);
        PriceRule allFeb = billing.prices().set(P, PriceScope.allCustomers(), Repricing.markup("2"), FEB);
        PriceRule product = billing.prices().set(P, PriceScope.product(PRD1), Repricing.markup("3"), FEB);
        PriceRule customer = billing.prices().set(P, PriceScope.customer(C1), Repricing.markup("4"), FEB);
        PriceRule both = billing.prices().set(P, PriceScope.customerAndProduct(C1, PRD1), Repricing.markup("5"), BillCycle.of(2024, 3));
        PriceRule bothAgain = billing.prices().set(P, PriceScope.customerAndProduct(C1, PRD1), Repricing.markup("6"), BillCycle.of(2024, 3));

        assertThat(billing.prices().ruleFor(P, C2, ProductId.of("X"), JAN)).contains(all);
        assertThat(billing.prices().ruleFor(P, C2, ProductId.of("X"), FEB)).contains(allFeb);
        assertThat(billing.prices().ruleFor(P, C2, PRD1, FEB)).contains(product);
        assertThat(billing.prices().ruleFor(P, C1, PRD1, FEB)).contains(customer);
        // same scope and cycle: the rule recorded last supersedes; the first stays in the book
        assertThat(billing.prices().ruleFor(P, C1, PRD1, BillCycle.of(2024, 3))).contains(bothAgain);
        assertThat(billing.prices().rules(P)).contains(both);
        assertThat(billing.prices().ruleFor(P, C1, PRD1, DEC)).isEmpty();
        assertThat(billing.prices().ruleFor(PartnerId.of("P-OTHER"), C1, PRD1, FEB)).isEmpty();
        // the price of a line: 100.00 x 1.06
        assertThat(ExactMoney.decimal(billing.prices().price(expenditure(BillCycle.of(2024, 3), "E1", C1, PRD1, "100.00"))))
                .isEqualByComparingTo("106.00");
    }

    @Test
    void statementValues_refuseOtherCustomersLines_andOverpayment() {
        var other = expenditure(JAN, "E9", C2, PRD1, "10.00");
        assertThatThrownBy(() -> CustomerStatement.of(P, C1, JAN, BillingFixtures.USD, RoundingPolicy.BILL_TOTAL,
                List.of(new StatementLine(other, other.customerExpenditure(), null)),
                TaxBreakdown.none(BillingFixtures.USD)))
                .isInstanceOf(CycleMismatchException.class)
                .hasMessage("Line 'E9' of customer 'C-2' cannot be on the 2024-01 statement of customer 'C-1'");
        var own = expenditure(JAN, "E1", C1, PRD1, "10.00");
        IssuedStatement issued = IssuedStatement.of(StatementId.of("S1"), "CS-1", clock.instant(),
                CustomerStatement.of(P, C1, JAN, BillingFixtures.USD, RoundingPolicy.BILL_TOTAL,
                        List.of(new StatementLine(own, own.customerExpenditure(), null)),
                        TaxBreakdown.none(BillingFixtures.USD)), BillingFixtures.usd("0"));
        assertThatThrownBy(() -> issued.withPayment(BillingFixtures.usd("10.01")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Statement 'S1' cannot be paid beyond its amount due USD 10.00, was 'USD 10.01'");
        assertThatThrownBy(() -> issued.withPayment(BillingFixtures.usd("0")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Payment applied to statement 'S1' must be positive, was 'USD 0.00'");
        assertThatThrownBy(() -> IssuedStatement.of(StatementId.of("S1"), " ", clock.instant(), issued.statement(),
                BillingFixtures.usd("0")))
                .isInstanceOf(InvalidValueException.class).hasMessage("Number of statement 'S1' must not be blank, was ' '");
    }

    @Test
    void aStoreWrittenBeforeStatements_saysSoWhenAsked() {
        BillingStore memory = BillingStore.inMemory();
        BillingStore old = new BillingStore() {
            @Override public DiscountStore discounts() { return memory.discounts(); }
            @Override public LineStore lines() { return memory.lines(); }
            @Override public BillStore bills() { return memory.bills(); }
            @Override public PaymentStore payments() { return memory.payments(); }
            @Override public CouponStore coupons() { return memory.coupons(); }
            @Override public ResellerStore resellers() { return memory.resellers(); }
            @Override public CustomerStore customers() { return memory.customers(); }
            @Override public BudgetStore budgets() { return memory.budgets(); }
            @Override public ExportTaskStore exportTasks() { return memory.exportTasks(); }
            @Override public <T> T inTransaction(Function<? super BillingStore, T> work) { return memory.inTransaction(s -> work.apply(this)); }
        };
        PartnerBilling withOld = PartnerBilling.builder().currency("USD").store(old).clock(clock).build();

        assertThatThrownBy(() -> withOld.prices().rules(P)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageEndingWith(" keeps no price rules: implement priceRules()");
        assertThatThrownBy(() -> withOld.statements().issued(C1, JAN)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageEndingWith(" keeps no customer statements: implement statements()");
    }
}
