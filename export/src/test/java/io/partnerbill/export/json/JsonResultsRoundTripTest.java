package io.partnerbill.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillId;
import io.partnerbill.core.BilledParty;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.PriceRuleId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.CustomerSummary;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.budget.BudgetAccount;
import io.partnerbill.core.budget.BudgetType;
import io.partnerbill.core.budget.FreezeReason;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.export.ExportTaskId;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.payment.PaymentReceipt;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.testkit.BillingArbitraries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The other results a service puts on the wire read back equal through a {@code findAndRegisterModules()}
 * mapper: summaries, budget accounts, payment receipts, export tasks and customer statements (over the
 * testkit's generated months, hostile text included).
 */
class JsonResultsRoundTripTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final PartnerId PARTNER = PartnerId.of("P-TEST");
    private static final String HOSTILE = "=\"x\",\n\t\\ 中文";
    /** Identifiers refuse control characters and outer white space; the rest of the hostile text they take. */
    private static final String HOSTILE_ID = "=\"x\",\\中文";

    @Property(tries = 50)
    void summaries_readBackEqual(@ForAll("months") List<BillLine> lines) throws Exception {
        MonthlyBill bill = JsonRoundTripPropertiesTest.bill(lines);
        for (ProductSummary row : bill.byProduct().rows()) {
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(row), ProductSummary.class)).isEqualTo(row);
        }
        for (CustomerSummary row : bill.byCustomer().rows()) {
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(row), CustomerSummary.class)).isEqualTo(row);
        }
    }

    @Property(tries = 50)
    void statements_readBackEqual(@ForAll("months") List<BillLine> lines, @ForAll @IntRange(max = 100) int paidShare,
            @ForAll boolean priced) throws Exception {
        List<BillLine> ofOne = lines.stream().filter(l -> l.customer().equals(lines.isEmpty() ? null : lines.get(0).customer()))
                .toList();
        CustomerId customer = ofOne.isEmpty() ? CustomerId.of("C-none") : ofOne.get(0).customer();
        // The customer pays list price plus 5 %, priced by a rule with a hostile id when asked.
        List<StatementLine> priced5 = ofOne.stream().map(l -> new StatementLine(l, ExactMoney.monetary(
                ExactMoney.decimal(l.customerExpenditure()).multiply(new BigDecimal("1.05")), USD),
                priced ? PriceRuleId.of("R-" + HOSTILE_ID) : null)).toList();
        CustomerStatement draft = CustomerStatement.of(PARTNER, customer, BillCycle.of(2024, 1), USD,
                RoundingPolicy.BILL_TOTAL, priced5, TaxBreakdown.of(USD, List.of()));
        BigDecimal due = ExactMoney.decimal(draft.amountDue());
        CustomerStatement statement = draft.withTax(TaxBreakdown.of(USD, List.of(TaxComponent.of("GST " + HOSTILE,
                new BigDecimal("9"), draft.subtotal(), usd(due.multiply(new BigDecimal("0.09"))
                        .setScale(2, RoundingMode.HALF_UP))))));
        BigDecimal paid = ExactMoney.decimal(statement.amountDue()).multiply(BigDecimal.valueOf(paidShare))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        IssuedStatement issued = IssuedStatement.of(StatementId.of("S-1"), "ST-" + HOSTILE_ID,
                Instant.parse("2024-02-03T00:00:00Z"), statement, usd(paid));

        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(statement), CustomerStatement.class)).isEqualTo(statement);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(issued), IssuedStatement.class)).isEqualTo(issued);
    }

    @Property(tries = 100)
    void budgetAccounts_readBackEqual(@ForAll boolean hasBudget, @ForAll BudgetType type,
            @ForAll @BigRange(min = "0.01", max = "2147483647") BigDecimal limit,
            @ForAll @BigRange(min = "0", max = "99999999999") BigDecimal used, @ForAll Set<FreezeReason> freezes,
            @ForAll boolean autoFreeze) throws Exception {
        Budget budget = hasBudget ? Budget.of(type, usd(limit.setScale(2, RoundingMode.DOWN))) : null;
        BudgetAccount account = BudgetAccount.of(CustomerId.of("C-" + HOSTILE_ID), USD, budget,
                BillCycle.of(2024, 3), used.setScale(8, RoundingMode.DOWN), EnumSet.copyOf(withAny(freezes)), autoFreeze);

        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(account), BudgetAccount.class)).isEqualTo(account);
    }

    @Property(tries = 100)
    void paymentReceipts_readBackEqual(@ForAll boolean byCustomer, @ForAll PaymentMethod method,
            @ForAll @BigRange(min = "0.01", max = "1000000000000") BigDecimal amount,
            @ForAll @Size(max = 3) List<@BigRange(min = "0.01", max = "1000000") BigDecimal> applied) throws Exception {
        BilledParty payer = byCustomer ? BilledParty.customer(PARTNER, CustomerId.of("C-1")) : BilledParty.partner(PARTNER);
        PaymentReference reference = PaymentReference.of("PAY-" + HOSTILE_ID);
        Payment payment = new Payment(reference, payer, usd(amount.setScale(2, RoundingMode.DOWN).max(new BigDecimal("0.01"))),
                Instant.parse("2024-02-10T01:02:03.456Z"), method);
        List<PaymentApplication> applications = applied.stream().map(a -> new PaymentApplication(reference,
                byCustomer ? StatementId.of("S-" + a.toPlainString()) : BillId.of("B-" + a.toPlainString()),
                usd(a.setScale(2, RoundingMode.DOWN).max(new BigDecimal("0.01"))))).toList();
        PaymentReceipt receipt = new PaymentReceipt(payment, applications, usd(new BigDecimal("12.5")));

        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(receipt), PaymentReceipt.class)).isEqualTo(receipt);
    }

    @Property(tries = 100)
    void exportTasks_readBackEqual(@ForAll ExportKind kind, @ForAll ExportStatus status,
            @ForAll @IntRange(max = Integer.MAX_VALUE) int rows) throws Exception {
        ExportTask.Builder b = ExportTask.builder().id(ExportTaskId.of("T-1")).kind(kind).partner(PARTNER)
                .cycle(BillCycle.of(2024, 1)).format("csv").status(status)
                .createdAt(Instant.parse("2024-02-05T04:00:00Z"));
        if (status == ExportStatus.COMPLETED) {
            b.finishedAt(Instant.parse("2024-02-05T04:00:01Z")).fileName("P-TEST_2024-01_" + HOSTILE + ".csv")
                    .sha256("ab".repeat(32)).rowCount(rows).sizeBytes(rows * 10L);
        } else if (status == ExportStatus.FAILED) {
            b.finishedAt(Instant.parse("2024-02-05T04:00:01Z")).error("disk full: " + HOSTILE);
        }
        ExportTask task = b.build();

        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(task), ExportTask.class)).isEqualTo(task);
    }

    @Test
    void budgetAccount_whoseRemainingDisagrees_isRefusedNamingTheField() throws Exception {
        BudgetAccount account = BudgetAccount.of(CustomerId.of("C-1"), USD, Budget.monthly(usd(new BigDecimal("100"))),
                BillCycle.of(2024, 3), new BigDecimal("40"), Set.of(), false);
        String json = MAPPER.writeValueAsString(account).replace("\"remaining\":{\"amount\":\"60.00000000\"",
                "\"remaining\":{\"amount\":\"61.00000000\"");

        assertThatThrownBy(() -> MAPPER.readValue(json, BudgetAccount.class)).isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("BudgetAccount JSON field 'remaining' disagrees with the account's budget and use, "
                        + "which give {\"amount\":\"60.00000000\",\"currency\":\"USD\"}, "
                        + "was {\"amount\":\"61.00000000\",\"currency\":\"USD\"}");
    }

    @Test
    void exportTask_withAnUnknownStatus_isRefusedNamingTheField() throws Exception {
        ExportTask task = ExportTask.builder().id(ExportTaskId.of("T-1")).kind(ExportKind.BILL).partner(PARTNER)
                .cycle(BillCycle.of(2024, 1)).format("csv").status(ExportStatus.PENDING)
                .createdAt(Instant.parse("2024-02-05T04:00:00Z")).build();
        String json = MAPPER.writeValueAsString(task).replace("\"PENDING\"", "\"LOST\"");

        assertThatThrownBy(() -> MAPPER.readValue(json, ExportTask.class)).isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("ExportTask JSON field 'status' is refused: No enum constant "
                        + "io.partnerbill.core.export.ExportStatus.LOST, was \"LOST\"");
    }

    @Provide
    Arbitrary<List<BillLine>> months() {
        return BillingArbitraries.months().hostileText().maxAmount(new BigDecimal("1000000000000")).arbitrary();
    }

    private static Set<FreezeReason> withAny(Set<FreezeReason> freezes) {
        return freezes.isEmpty() ? EnumSet.noneOf(FreezeReason.class) : freezes;
    }

    private static MonetaryAmount usd(BigDecimal value) {
        return ExactMoney.monetary(value, USD);
    }
}
