package io.partnerbill.core;

import static io.partnerbill.core.StatementFixtures.C1;
import static io.partnerbill.core.StatementFixtures.C2;
import static io.partnerbill.core.StatementFixtures.FEB;
import static io.partnerbill.core.StatementFixtures.JAN;
import static io.partnerbill.core.StatementFixtures.P;
import static io.partnerbill.core.StatementFixtures.PRD1;
import static io.partnerbill.core.StatementFixtures.PRD2;
import static io.partnerbill.core.StatementFixtures.expenditure;
import static io.partnerbill.core.StatementFixtures.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.bill.BillStatus;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.payment.PaymentReceipt;
import io.partnerbill.core.pricing.MarginReport;
import io.partnerbill.core.pricing.MarginRow;
import io.partnerbill.core.pricing.PriceScope;
import io.partnerbill.core.pricing.Repricing;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.testkit.BillingFixtures;
import io.partnerbill.testkit.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Customer statements and margins with figures worked out by hand. Every line is at 12.00% off,
 * so the reseller's settlement cost is 88 % of the list amount.
 *
 * <p>Price book (set in December 2023, for January on):
 * PR-1 all customers +5.00 %; PR-2 customer C-2 −3.00 %; PR-3 product PRD-2 fixed USD 50.00;
 * from February, PR-4 all customers +10.00 %.
 *
 * <p>January: E1 C-1 PRD-1 100.00; E2 C-1 PRD-2 40.00; E3 C-2 PRD-1 200.00; E4 C-2 PRD-2 40.00.
 * February: R1 refunds 40.00 of E1; R2 refunds 10.00 of E2; E5 C-1 PRD-1 30.00.
 */
class CustomerStatementsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2023-12-01T00:00:00Z"));
    private PartnerBilling billing;

    @BeforeEach
    void setUp() {
        billing = PartnerBilling.builder().currency("USD").clock(clock).customerTaxPolicy(StatementFixtures.VAT_10).build();
        billing.prices().set(P, PriceScope.allCustomers(), Repricing.markup("5.00"), JAN);
        billing.prices().set(P, PriceScope.customer(C2), Repricing.markdown("3.00"), JAN);
        billing.prices().set(P, PriceScope.product(PRD2), Repricing.fixedPrice(BillingFixtures.usd("50.00")), JAN);
        billing.prices().set(P, PriceScope.allCustomers(), Repricing.markup("10.00"), FEB);
        billing.lines().append(expenditure(JAN, "E1", C1, PRD1, "100.00"));
        billing.lines().append(expenditure(JAN, "E2", C1, PRD2, "40.00"));
        billing.lines().append(expenditure(JAN, "E3", C2, PRD1, "200.00"));
        billing.lines().append(expenditure(JAN, "E4", C2, PRD2, "40.00"));
        billing.lines().append(refund(FEB, "R1", C1, PRD1, "-40.00", "E1"));
        billing.lines().append(refund(FEB, "R2", C1, PRD2, "-10.00", "E2"));
        billing.lines().append(expenditure(FEB, "E5", C1, PRD1, "30.00"));
    }

    private static void assertAmount(MonetaryAmount actual, String expected) {
        assertThat(ExactMoney.decimal(actual)).as(ExactMoney.format(actual)).isEqualByComparingTo(expected);
    }

    private static void assertLine(CustomerStatement st, String order, String amount, String rule) {
        StatementLine line = st.lines().stream().filter(l -> l.orderId().value().equals(order)).findFirst().orElseThrow();
        assertAmount(line.customerAmount(), amount);
        assertThat(line.rule().map(PriceRuleId::value)).isEqualTo(Optional.ofNullable(rule));
    }

    private void issueBill(BillCycle cycle) {
        clock.set(billing.calendar().issueInstant(cycle));
        billing.bills().issue(P, cycle);
    }

    @Test
    void aCustomerTaxPolicyAnsweringInAnotherCurrency_isRefusedAsABillsWouldBe() {
        PartnerBilling euro = PartnerBilling.builder().currency("USD").clock(clock)
                .customerTaxPolicy(r -> TaxBreakdown.none(Monetary.getCurrency("EUR"))).build();
        euro.lines().append(expenditure(JAN, "E1", C1, PRD1, "100.00"));

        assertThatThrownBy(() -> euro.statements().calculate(P, C1, JAN))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Tax breakdown is in EUR but USD was expected");
    }

    @Test
    void markupMarkdownAndFixedPrice_mostSpecificRuleWins() {
        CustomerStatement c1 = billing.statements().calculate(P, C1, JAN);
        CustomerStatement c2 = billing.statements().calculate(P, C2, JAN);

        // markup: E1 100.00 x 1.05 = 105.00 (PR-1, all customers)
        assertLine(c1, "E1", "105.00", "P-1/PR-1");
        // fixed price: E2 list 40.00 replaced by 50.00 (PR-3, product, beats all customers)
        assertLine(c1, "E2", "50.00", "P-1/PR-3");
        // markdown: E3 200.00 x 0.97 = 194.00 (PR-2, customer, beats all customers)
        assertLine(c2, "E3", "194.00", "P-1/PR-2");
        // customer beats product: E4 40.00 x 0.97 = 38.80, not the fixed 50.00
        assertLine(c2, "E4", "38.80", "P-1/PR-2");
        // C-1: 105.00 + 50.00 = 155.00; VAT 10 % = 15.50; total 170.50
        assertAmount(c1.subtotal(), "155.00");
        assertAmount(c1.tax().total(), "15.50");
        assertAmount(c1.total(), "170.50");
        assertAmount(c1.amountDue(), "170.50");
        assertAmount(c1.settlementCost(), "123.20");
        // C-2: 194.00 + 38.80 = 232.80; VAT 23.28; total 256.08
        assertAmount(c2.subtotal(), "232.80");
        assertAmount(c2.total(), "256.08");
        assertThat(c2.tax().component("VAT").orElseThrow().base()).satisfies(b -> assertAmount(b, "232.80"));
    }

    @Test
    void repricing_neverChangesTheOperatorsBill() {
        // 88 % of 100 + 40 + 200 + 40 = 334.40, with or without the rules above
        assertAmount(billing.bills().calculate(P, JAN).netSettlement(), "334.40");
        billing.prices().correct(P, PriceScope.allCustomers(), Repricing.markup("50.00"), JAN, "test");
        assertAmount(billing.bills().calculate(P, JAN).netSettlement(), "334.40");
    }

    @Test
    void refundOfARepricedOrder_isRefundedAtThePriceItWasSoldAt_andMakesANegativeMonth() {
        CustomerStatement feb = billing.statements().calculate(P, C1, FEB);

        // R1: E1 was sold at 105.00 (+5 %) in January; 40 of 100 refunded: 105.00 x -40/100 = -42.00, not -44.00 (+10 %)
        assertLine(feb, "R1", "-42.00", "P-1/PR-1");
        // R2: E2 was sold at the fixed 50.00 for a list 40.00; 10 refunded: 50.00 x -10/40 = -12.50
        assertLine(feb, "R2", "-12.50", "P-1/PR-3");
        // E5: 30.00 x 1.10 = 33.00 (PR-4 from February)
        assertLine(feb, "E5", "33.00", "P-1/PR-4");
        assertThat(feb.lines()).filteredOn(l -> l.orderId().value().equals("R1"))
                .singleElement().satisfies(l -> assertThat(l.originalOrderId()).contains(OrderId.of("E1")));
        // negative month: -42.00 - 12.50 + 33.00 = -21.50; no tax; total -21.50; due 0; credit 21.50
        assertAmount(feb.refunds(), "-54.50");
        assertAmount(feb.expenditures(), "33.00");
        assertAmount(feb.subtotal(), "-21.50");
        assertThat(feb.tax().components()).isEmpty();
        assertAmount(feb.total(), "-21.50");
        assertAmount(feb.amountDue(), "0");
        assertAmount(feb.credit(), "21.50");
        // its cost: -35.20 - 8.80 + 26.40 = -17.60
        assertAmount(feb.settlementCost(), "-17.60");
    }

    @Test
    void refund_usesThePriceOnTheIssuedStatement_evenAfterACorrection() {
        issueBill(JAN);
        billing.statements().issue(P, C1, JAN);
        billing.prices().correct(P, PriceScope.allCustomers(), Repricing.markup("20.00"), JAN, "January was underpriced");

        // recomputed January: E1 100.00 x 1.20 = 120.00; the issued statement keeps 105.00
        assertLine(billing.statements().calculate(P, C1, JAN), "E1", "120.00", "P-1/PR-5");
        assertLine(billing.statements().issued(C1, JAN).orElseThrow().statement(), "E1", "105.00", "P-1/PR-1");
        // the refund follows what the customer was actually charged: 105.00 x -40/100 = -42.00
        assertLine(billing.statements().calculate(P, C1, FEB), "R1", "-42.00", "P-1/PR-1");
        assertThat(billing.prices().corrections(P)).singleElement()
                .satisfies(r -> assertThat(r.correction()).contains("January was underpriced"));
    }

    @Test
    void issue_waitsForThePartnerBill_thenIsIdempotent_andNumbersInItsOwnSequence() {
        clock.set(billing.calendar().issueInstant(JAN));
        assertThatThrownBy(() -> billing.statements().issue(P, C1, JAN))
                .isInstanceOf(NotYetIssuableException.class)
                .hasMessage("The 2024-01 statement of customer 'C-1' can be issued once the bill of reseller 'P-1' for "
                        + "2024-01 is issued (its lines are final from then on)");
        assertThat(billing.statements().issued(C1, JAN)).isEmpty();

        billing.bills().issue(P, JAN);
        IssuedStatement first = billing.statements().issue(P, C1, JAN);
        IssuedStatement again = billing.statements().issue(P, C1, JAN);
        IssuedStatement second = billing.statements().issue(P, C2, JAN);

        assertThat(first.number()).isEqualTo("CS-2024-000001");
        assertThat(second.number()).isEqualTo("CS-2024-000002");
        assertThat(again).isEqualTo(first);
        assertThat(first.id()).isEqualTo(StatementId.of("C-1/2024-01"));
        assertThat(first.status()).isEqualTo(BillStatus.UNPAID);
        assertAmount(first.outstanding(), "170.50");
        assertThat(billing.statements().issueAll(P, JAN)).containsExactly(first, second);
        assertThat(billing.statements().issuedStatements(P)).containsExactly(first, second);
        assertThat(billing.statements().issued(first.id())).contains(first);
        // the partner bill's invoice numbers are a different sequence
        assertThat(billing.bills().issued(P, JAN).orElseThrow().invoiceNumber()).isEqualTo("PB-2024-000001");
    }

    @Test
    void customerPayments_settleOldestFirst_partially_thenBecomeCredit_andApplyOnce() {
        issueBill(JAN);
        billing.statements().issue(P, C1, JAN);
        Payment pay1 = payment("CP-1", "100.00");
        Payment pay2 = payment("CP-2", "80.00");

        PaymentReceipt r1 = billing.statements().collect(pay1);
        IssuedStatement partly = billing.statements().issued(C1, JAN).orElseThrow();
        PaymentReceipt r2 = billing.statements().collect(pay2);
        IssuedStatement paid = billing.statements().issued(C1, JAN).orElseThrow();

        // 170.50 due: 100.00 leaves 70.50; 80.00 pays 70.50 and leaves 9.50 of credit
        assertThat(partly.status()).isEqualTo(BillStatus.PARTIALLY_PAID);
        assertAmount(partly.outstanding(), "70.50");
        assertAmount(r1.toCredit(), "0");
        assertThat(r2.applications()).singleElement().satisfies(a -> assertAmount(a.amount(), "70.50"));
        assertAmount(r2.toCredit(), "9.50");
        assertThat(paid.status()).isEqualTo(BillStatus.PAID);
        assertAmount(billing.statements().creditBalance(C1), "9.50");
        assertThat(billing.statements().unpaid(C1)).isEmpty();
        assertThat(billing.statements().applicationsTo(paid.id())).hasSize(2);
        assertThat(billing.statements().payments(C1)).containsExactly(pay1, pay2);

        // the same payment again: the first receipt, nothing changes
        assertThat(billing.statements().collect(pay1)).isEqualTo(r1);
        assertThat(billing.statements().issued(C1, JAN)).contains(paid);
        assertThatThrownBy(() -> billing.statements().collect(payment("CP-1", "1.00")))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageStartingWith("Payment reference 'CP-1' was already applied to a different customer payment: ");
        assertThatThrownBy(() -> billing.statements().collect(new Payment(PaymentReference.of("CP-9"), BilledParty.customer(P, C1),
                BillingFixtures.money("1.00", javax.money.Monetary.getCurrency("EUR")), clock.instant(), PaymentMethod.BANK_TRANSFER)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Customer payment 'CP-9' is in EUR but USD was expected");
        assertThat(billing.statements().payments(C1)).hasSize(2);

        // the 9.50 of credit settles the next statement at its issue: March E7 10.00 x 1.10 = 11.00 + VAT 1.10 = 12.10
        billing.lines().append(expenditure(BillCycle.of(2024, 3), "E7", C1, PRD1, "10.00"));
        issueBill(BillCycle.of(2024, 3));
        IssuedStatement march = billing.statements().issue(P, C1, BillCycle.of(2024, 3));
        assertThat(march.status()).isEqualTo(BillStatus.PARTIALLY_PAID);
        assertAmount(march.paid(), "9.50");
        assertAmount(march.outstanding(), "2.60");
        assertAmount(billing.statements().creditBalance(C1), "0");
        assertThat(billing.statements().applicationsTo(march.id())).singleElement()
                .satisfies(a -> assertThat(a.reference()).isEqualTo(PaymentReference.of("CP-2")));
    }

    @Test
    void aPayment_settlesTheOldestStatementFirst_thenTheNext_partially() {
        // C-2: January 232.80 + VAT 23.28 = 256.08; March E6 PRD-1 50.00 x 0.97 = 48.50 (PR-2, customer, still beats
        // PR-4 of all customers) + VAT 4.85 = 53.35
        billing.lines().append(expenditure(BillCycle.of(2024, 3), "E6", C2, PRD1, "50.00"));
        issueBill(JAN);
        billing.statements().issue(P, C2, JAN);
        issueBill(BillCycle.of(2024, 3));
        billing.statements().issue(P, C2, BillCycle.of(2024, 3));

        PaymentReceipt receipt = billing.statements().collect(new Payment(PaymentReference.of("CP-2"), BilledParty.customer(P, C2),
                BillingFixtures.usd("300.00"), clock.instant(), PaymentMethod.BANK_TRANSFER));

        // 300.00: 256.08 to January, the remaining 43.92 to March, which still owes 53.35 - 43.92 = 9.43
        assertThat(receipt.applications()).extracting(a -> a.document().value()).containsExactly("C-2/2024-01", "C-2/2024-03");
        assertAmount(receipt.applications().get(0).amount(), "256.08");
        assertAmount(receipt.applications().get(1).amount(), "43.92");
        assertAmount(receipt.toCredit(), "0");
        assertThat(billing.statements().unpaid(C2)).singleElement().satisfies(st -> {
            assertThat(st.status()).isEqualTo(BillStatus.PARTIALLY_PAID);
            assertAmount(st.outstanding(), "9.43");
        });
        // statement numbers continue the reseller's 2024 sequence
        assertThat(billing.statements().issued(C2, BillCycle.of(2024, 3)).orElseThrow().number()).isEqualTo("CS-2024-000002");
    }

    private Payment payment(String ref, String amount) {
        return new Payment(PaymentReference.of(ref), BilledParty.customer(P, C1), BillingFixtures.usd(amount), clock.instant(),
                PaymentMethod.BANK_TRANSFER);
    }

    @Test
    void margin_perCustomerAndProduct_reconcilesWithTheBillAndTheStatements() {
        MarginReport m = billing.margins().report(P, JAN);

        // revenue 155.00 + 232.80 = 387.80; cost 334.40; margin 53.40 = 13.77 % of revenue
        assertAmount(m.revenue(), "387.80");
        assertAmount(m.cost(), "334.40");
        assertAmount(m.margin(), "53.40");
        assertThat(m.marginPercent()).contains(new BigDecimal("13.77"));
        assertThat(m.byCustomer()).extracting(MarginRow::key).containsExactly("C-1", "C-2");
        // C-1: 155.00 - 123.20 = 31.80 (20.52 %); C-2: 232.80 - 211.20 = 21.60 (9.28 %)
        assertThat(m.byCustomer().get(0).marginPercent()).contains(new BigDecimal("20.52"));
        assertThat(m.byCustomer().get(1).marginPercent()).contains(new BigDecimal("9.28"));
        // PRD-1: 105.00 + 194.00 = 299.00 - 264.00 = 35.00 (11.71 %); PRD-2: 50.00 + 38.80 = 88.80 - 70.40 = 18.40 (20.72 %)
        assertThat(m.byProduct()).extracting(MarginRow::key).containsExactly("PRD-1", "PRD-2");
        assertAmount(m.byProduct().get(0).margin(), "35.00");
        assertThat(m.byProduct().get(0).marginPercent()).contains(new BigDecimal("11.71"));
        assertThat(m.byProduct().get(1).marginPercent()).contains(new BigDecimal("20.72"));
        assertThat(m.netSettlement()).isEqualTo(billing.bills().calculate(P, JAN).netSettlement());
        assertAmount(m.costRoundingResidue(), "0");
        assertAmount(m.statementSubtotals(), "387.80");
        assertAmount(m.revenueRoundingResidue(), "0");
    }

    @Test
    void margin_ofANegativeMonth_andPercentOfZeroRevenueIsEmpty() {
        MarginReport feb = billing.margins().report(P, FEB);

        assertAmount(feb.revenue(), "-21.50");
        assertAmount(feb.cost(), "-17.60");
        assertAmount(feb.margin(), "-3.90");
        // -3.90 / -21.50 = 18.14 %
        assertThat(feb.marginPercent()).contains(new BigDecimal("18.14"));
        assertThat(billing.margins().report(P, BillCycle.of(2024, 3)).marginPercent()).isEmpty();
        assertThat(billing.margins().report(P, BillCycle.of(2024, 3)).byCustomer()).isEmpty();
    }
}
