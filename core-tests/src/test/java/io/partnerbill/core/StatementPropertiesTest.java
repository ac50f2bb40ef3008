package io.partnerbill.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.pricing.MarginReport;
import io.partnerbill.core.pricing.MarginRow;
import io.partnerbill.core.pricing.PriceRule;
import io.partnerbill.core.pricing.PriceScope;
import io.partnerbill.core.pricing.Repricing;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import io.partnerbill.testkit.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of statements and margins over generated months (the testkit's
 * {@link BillingArbitraries#months()}) and generated price books.
 */
class StatementPropertiesTest {

    private static final PartnerId P = PartnerId.of("P-PROP");
    private static final BillCycle JAN = BillCycle.of(2024, 1);
    private static final int CUSTOMERS = 5;
    private static final int PRODUCTS = 8;

    /** A rule to set: scope kind 0 all, 1 product, 2 customer, 3 both; from JAN or FEB, or a correction of DEC. */
    record RuleSpec(int kind, int customer, int product, Repricing repricing, int from) {

        PriceScope scope() {
            CustomerId c = CustomerId.of("C-" + customer);
            ProductId p = ProductId.of("PRD-" + product);
            int k = repricing.isFixedPrice() && (kind == 0 || kind == 2) ? kind + 1 : kind; // a fixed price needs a product
            return switch (k) {
                case 0 -> PriceScope.allCustomers();
                case 1 -> PriceScope.product(p);
                case 2 -> PriceScope.customer(c);
                default -> PriceScope.customerAndProduct(c, p);
            };
        }

        BillCycle cycle() {
            return JAN.plusMonths(from);
        }

        Object key() {
            return List.of(scope(), cycle());
        }
    }

    @Provide
    Arbitrary<List<BillLine>> months() {
        return BillingArbitraries.months().partner(P).cycle(JAN).shape(CUSTOMERS, PRODUCTS, List.of("cn-north-4", "ap-southeast-1"))
                .arbitrary();
    }

    @Provide
    Arbitrary<List<RuleSpec>> books() {
        Arbitrary<Repricing> percent = Arbitraries.bigDecimals().between(new BigDecimal("-99.99"), new BigDecimal("200"))
                .ofScale(2).map(Repricing::ofPercent);
        Arbitrary<Repricing> fixed = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000")).ofScale(2)
                .map(v -> Repricing.fixedPrice(ExactMoney.monetary(v, BillingFixtures.USD)));
        Arbitrary<RuleSpec> rule = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, CUSTOMERS), Arbitraries.integers().between(0, PRODUCTS - 1),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, percent), net.jqwik.api.Tuple.of(1, fixed)),
                Arbitraries.integers().between(-1, 1)).as(RuleSpec::new);
        return rule.list().ofMaxSize(12);
    }

    /** A facade with the month's lines and the rules, added in the order given, the clock in December 2023. */
    private static PartnerBilling billing(List<BillLine> month, List<RuleSpec> rules) {
        MutableClock clock = new MutableClock(Instant.parse("2023-12-10T00:00:00Z"));
        PartnerBilling billing = PartnerBilling.builder().currency("USD").clock(clock)
                .customerTaxPolicy(StatementFixtures.VAT_10).build();
        for (RuleSpec r : rules) {
            if (r.from() < 0) {
                billing.prices().correct(P, r.scope(), r.repricing(), r.cycle(), "generated correction");
            } else {
                billing.prices().set(P, r.scope(), r.repricing(), r.cycle());
            }
        }
        month.forEach(billing.lines()::append);
        clock.set(billing.calendar().issueInstant(JAN));
        return billing;
    }

    private static BigDecimal dec(javax.money.MonetaryAmount amount) {
        return ExactMoney.decimal(amount);
    }

    private static BigDecimal sum(List<MarginRow> rows, boolean revenue) {
        return rows.stream().map(r -> dec(revenue ? r.revenue() : r.cost())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Property(tries = 150)
    void marginTotals_reconcileWithThePartnerBill_andTheStatements(@ForAll("months") List<BillLine> month,
            @ForAll("books") List<RuleSpec> rules, @ForAll boolean issueFirst) {
        PartnerBilling billing = billing(month, rules);
        MonthlyBill bill = billing.bills().calculate(P, JAN);
        List<CustomerStatement> statements = new ArrayList<>();
        if (issueFirst) {
            billing.bills().issue(P, JAN);
            billing.statements().issueAll(P, JAN).stream().map(IssuedStatement::statement).forEach(statements::add);
        } else {
            billing.statements().customers(P, JAN).forEach(c -> statements.add(billing.statements().calculate(P, c, JAN)));
        }

        MarginReport m = billing.margins().report(P, JAN);

        // cost: exact equality with the bill's unrounded net settlement; rounded once it is the bill's net settlement
        assertThat(dec(m.cost())).isEqualByComparingTo(dec(bill.unroundedNetSettlement()));
        assertThat(dec(m.netSettlement())).isEqualByComparingTo(dec(bill.netSettlement()));
        assertThat(dec(m.costRoundingResidue())).isEqualByComparingTo(dec(bill.roundingResidue()));
        // both views sum exactly to the totals
        assertThat(sum(m.byCustomer(), false)).isEqualByComparingTo(dec(m.cost()));
        assertThat(sum(m.byProduct(), false)).isEqualByComparingTo(dec(m.cost()));
        assertThat(sum(m.byProduct(), true)).isEqualByComparingTo(dec(m.revenue()));
        // revenue: the statements' exact subtotals; their rounded subtotals sum to statementSubtotals
        BigDecimal exact = statements.stream().map(s -> dec(s.unroundedSubtotal())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rounded = statements.stream().map(s -> dec(s.subtotal())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(dec(m.revenue())).isEqualByComparingTo(exact);
        assertThat(dec(m.statementSubtotals())).isEqualByComparingTo(rounded);
        assertThat(dec(m.revenueRoundingResidue())).isEqualByComparingTo(rounded.subtract(exact));
        assertThat(dec(m.margin())).isEqualByComparingTo(exact.subtract(dec(bill.unroundedNetSettlement())));
        // every line is on exactly one statement
        assertThat(statements.stream().mapToInt(s -> s.lines().size()).sum()).isEqualTo(month.size());
    }

    @Property(tries = 150)
    void aCustomersStatement_holdsExactlyItsOwnLines(@ForAll("months") List<BillLine> month,
            @ForAll("books") List<RuleSpec> rules) {
        PartnerBilling billing = billing(month, rules);

        for (int n = 1; n <= CUSTOMERS + 1; n++) {
            CustomerId customer = CustomerId.of("C-" + n);
            CustomerStatement st = billing.statements().calculate(P, customer, JAN);

            assertThat(st.lines()).allSatisfy(l -> assertThat(l.line().customer()).isEqualTo(customer));
            assertThat(st.lines().stream().map(StatementLine::orderId).collect(Collectors.toSet()))
                    .isEqualTo(month.stream().filter(l -> l.customer().equals(customer)).map(BillLine::orderId)
                            .collect(Collectors.toSet()));
        }
    }

    @Property(tries = 150)
    void mostSpecificRuleWins_whateverOrderTheRulesWereAddedIn(@ForAll("months") List<BillLine> month,
            @ForAll("books") List<RuleSpec> generated, @ForAll long seed) {
        // one rule per scope and cycle, so that no tie is left to the order of recording
        Set<Object> keys = new HashSet<>();
        List<RuleSpec> rules = generated.stream().filter(r -> keys.add(r.key())).toList();
        List<RuleSpec> shuffled = new ArrayList<>(rules);
        Collections.shuffle(shuffled, new Random(seed));
        PartnerBilling inOrder = billing(month, rules);
        PartnerBilling reordered = billing(month, shuffled);

        for (BillLine line : month) {
            Optional<RuleSpec> expected = rules.stream()
                    .filter(r -> r.cycle().compareTo(line.cycle()) <= 0 && r.scope().covers(line.customer(), line.product()))
                    .max(Comparator.<RuleSpec>comparingInt(r -> r.scope().specificity()).thenComparing(RuleSpec::cycle));
            Optional<PriceRule> a = inOrder.prices().ruleFor(P, line.customer(), line.product(), line.cycle());
            Optional<PriceRule> b = reordered.prices().ruleFor(P, line.customer(), line.product(), line.cycle());

            assertThat(a.map(r -> List.of(r.scope(), r.effectiveFrom(), r.repricing())))
                    .isEqualTo(expected.map(r -> List.of(r.scope(), r.cycle(), r.repricing())));
            assertThat(b.map(r -> List.of(r.scope(), r.effectiveFrom(), r.repricing())))
                    .isEqualTo(a.map(r -> List.of(r.scope(), r.effectiveFrom(), r.repricing())));
            assertThat(dec(reordered.prices().price(line))).isEqualByComparingTo(dec(inOrder.prices().price(line)));
        }
    }

    @Property(tries = 100)
    void customerPayments_conserveMoney_andNeverOverpayAStatement(@ForAll("months") List<BillLine> month,
            @ForAll("books") List<RuleSpec> rules,
            @ForAll("paymentAmounts") List<BigDecimal> amounts) {
        PartnerBilling billing = billing(month, rules);
        billing.bills().issue(P, JAN);
        CustomerId customer = CustomerId.of("C-1");
        int n = 0;
        for (BigDecimal amount : amounts) {
            billing.statements().collect(new Payment(
                    PaymentReference.of("CP-" + n++), BilledParty.customer(P, customer), ExactMoney.monetary(amount, BillingFixtures.USD),
                    Instant.parse("2024-02-10T00:00:00Z"), io.partnerbill.core.payment.PaymentMethod.BANK_TRANSFER));
            if (n == 1) {
                billing.statements().issueAll(P, JAN); // the first payment is all credit, the statement takes it at issue
            }
        }

        BigDecimal paid = billing.statements().issuedStatements(P).stream().filter(st -> st.customer().equals(customer))
                .map(st -> dec(st.paid())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal received = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(paid.add(dec(billing.statements().creditBalance(customer)))).isEqualByComparingTo(received);
        assertThat(billing.statements().issuedStatements(P)).allSatisfy(st -> {
            assertThat(dec(st.paid())).isLessThanOrEqualTo(dec(st.statement().amountDue()));
            assertThat(dec(st.outstanding())).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        });
    }

    @Provide
    Arbitrary<List<BigDecimal>> paymentAmounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("20000")).ofScale(2)
                .list().ofMinSize(1).ofMaxSize(5);
    }
}
