package io.partnerbill.core.bill;

import static io.partnerbill.testkit.BillingFixtures.CALENDAR;
import static io.partnerbill.testkit.BillingFixtures.CYCLE;
import static io.partnerbill.testkit.BillingFixtures.PARTNER;
import static io.partnerbill.testkit.BillingFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The accumulator's slots past the long range, and its region numbering. */
class BillAccumulatorTest {

    private static final MonthlyBillCalculator CALCULATOR =
            MonthlyBillCalculator.of(TaxPolicy.none(), CALENDAR, RoundingPolicy.BILL_TOTAL);
    private static final Instant AT = CALENDAR.start(CYCLE).plusSeconds(60);

    private static BillLine line(BillType type, String amount, int customer, int product, String region, String id) {
        return BillingFixtures.line(type, new BigDecimal(amount), DiscountRate.NONE, AT, customer, product, region, id,
                true);
    }

    private static BillAccumulator sum(List<BillLine> lines) {
        return BillAccumulator.create(PARTNER, CYCLE, USD).addAll(lines);
    }

    private static MonthlyBill bill(BillAccumulator acc) {
        return CALCULATOR.calculate(acc, ExactMoney.monetary(BigDecimal.ZERO, USD));
    }

    private static BigDecimal dec(javax.money.MonetaryAmount amount) {
        return ExactMoney.decimal(amount);
    }

    // A long holds 92,233,720,368.54775807 at scale 8: two of these overflow every slot they share.
    private static List<BillLine> pastTheLongRange() {
        return List.of(
                line(BillType.EXPENDITURE, "60000000000.00000001", 1, 1, "cn-north-4", "E1"),
                line(BillType.EXPENDITURE, "60000000000.00000002", 1, 1, "cn-north-4", "E2"),
                line(BillType.EXPENDITURE, "100000000000.5", 1, 1, "cn-north-4", "E3"), // beyond a long on its own
                line(BillType.REFUND, "70000000000.00000003", 1, 1, "cn-north-4", "R1"),
                line(BillType.REFUND, "70000000000", 1, 1, "cn-north-4", "R2"),
                line(BillType.ADJUSTMENT, "0.00000004", 1, 1, "cn-north-4", "A1"));
    }

    @Test
    void add_sumsExactlyPastTheLongRange() {
        MonthlyBill bill = bill(sum(pastTheLongRange()));

        assertThat(dec(bill.expenditures())).isEqualByComparingTo("220000000000.50");
        assertThat(dec(bill.refunds())).isEqualByComparingTo("-140000000000.00");
        assertThat(dec(bill.unroundedNetSettlement())).isEqualByComparingTo("80000000000.49999996");
        assertThat(dec(bill.byProduct().rows().get(0).settlement())).isEqualByComparingTo("220000000000.50");
        assertThat(dec(bill.byProduct().othersRefunds())).isEqualByComparingTo("-140000000000.00");
        assertThat(dec(bill.byCustomer().rows().get(0).total())).isEqualByComparingTo("80000000000.50");
        assertThat(bill.byCustomer().rows().get(0).lineCount()).isEqualTo(6);
    }

    @Test
    void merge_ofEverySplitEqualsOnePass_pastTheLongRange() {
        List<BillLine> lines = pastTheLongRange();
        MonthlyBill onePass = bill(sum(lines));
        for (int mask = 0; mask < 1 << lines.size(); mask++) {
            List<BillLine> left = new ArrayList<>();
            List<BillLine> right = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                ((mask >> i & 1) == 0 ? left : right).add(lines.get(i));
            }
            MonthlyBill merged = bill(sum(right).merge(sum(left)));
            assertThat(merged).as("split %s", mask).isEqualTo(onePass);
            assertThat(merged.byProduct()).isEqualTo(onePass.byProduct());
            assertThat(merged.byCustomer()).isEqualTo(onePass.byCustomer());
        }
    }

    @Test
    void regions_areMatchedByValue_beyondTheFirstEight() {
        List<BillLine> lines = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            // Each line gets its own copy of the region code: equal, never identical.
            String region = new String(("region-" + (i % 12)).toCharArray());
            BillType type = i % 3 == 2 ? BillType.REFUND : BillType.EXPENDITURE;
            lines.add(line(type, (i + 1) + ".00000001", i % 5, i % 2, region, "O" + i));
        }
        MonthlyBill bill = bill(sum(lines));

        assertThat(bill.regionCodes()).hasSize(12);
        for (int r = 0; r < 12; r++) {
            String region = "region-" + r;
            BigDecimal expected = BigDecimal.ZERO;
            for (BillLine line : lines) {
                if (line.regionCode().equals(region)) {
                    expected = expected.add(line.settlementDecimal());
                }
            }
            assertThat(dec(bill.byProduct(region).total()))
                    .isEqualByComparingTo(expected.setScale(2, java.math.RoundingMode.HALF_UP));
        }
        // Accumulators that met the regions in other orders merge into the same bill.
        List<BillLine> reversed = new ArrayList<>(lines);
        java.util.Collections.reverse(reversed);
        MonthlyBill merged = bill(sum(reversed.subList(0, 7)).merge(sum(reversed.subList(7, 24))));
        assertThat(merged).isEqualTo(bill);
        assertThat(merged.byProduct()).isEqualTo(bill.byProduct());
    }

    @Test
    void customers_keepTheirSumsAsTheTableGrows_spillsIncluded() {
        List<BillLine> lines = new ArrayList<>(pastTheLongRange()); // customer 1, past the long range
        for (int c = 2; c < 700; c++) {
            lines.add(line(BillType.EXPENDITURE, c + ".12345678", c, c % 3, "cn-north-4", "X" + c));
            lines.add(line(BillType.REFUND, "0.00000001", c, c % 3, "cn-north-4", "Y" + c));
        }
        MonthlyBill bill = bill(sum(lines));

        assertThat(bill.byCustomer().rows()).hasSize(699);
        for (CustomerSummary row : bill.byCustomer().rows()) {
            BigDecimal expected = BigDecimal.ZERO;
            for (BillLine line : lines) {
                if (line.customer().equals(row.customer())) {
                    expected = expected.add(line.settlementDecimal());
                }
            }
            assertThat(dec(row.total())).as(row.customer().value())
                    .isEqualByComparingTo(expected.setScale(2, java.math.RoundingMode.HALF_UP));
        }
        MonthlyBill merged = bill(sum(lines.subList(0, 500)).merge(sum(lines.subList(500, lines.size()))));
        assertThat(merged).isEqualTo(bill);
        assertThat(merged.byCustomer()).isEqualTo(bill.byCustomer());
    }

    @Test
    void add_keepsTheSmallestProductTypeWhateverTheLineOrder() {
        BillLine a = line(BillType.EXPENDITURE, "1", 1, 1, "cn-north-4", "E1").toBuilder().productType("Zeta").build();
        BillLine b = line(BillType.EXPENDITURE, "2", 1, 1, "cn-north-4", "E2").toBuilder().productType("Alpha").build();

        // Same product name, another type: the smallest type wins in either order, as the smallest name does.
        assertThat(bill(sum(List.of(a, b))).byProduct().rows()).singleElement()
                .extracting(ProductSummary::productType).isEqualTo("Alpha");
        assertThat(bill(sum(List.of(b, a))).byProduct().rows()).singleElement()
                .extracting(ProductSummary::productType).isEqualTo("Alpha");
    }
}
