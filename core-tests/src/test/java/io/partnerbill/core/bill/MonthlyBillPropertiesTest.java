package io.partnerbill.core.bill;

import static io.partnerbill.testkit.BillingFixtures.CALENDAR;
import static io.partnerbill.testkit.BillingFixtures.CYCLE;
import static io.partnerbill.testkit.BillingFixtures.PARTNER;
import static io.partnerbill.testkit.BillingFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MonthlyBillPropertiesTest {

    // A 10 % tax, rounded HALF_UP to the cent: enough to see tax flow into the amount due.
    private static final TaxPolicy TEN_PERCENT = request -> {
        BigDecimal base = ExactMoney.decimal(request.base());
        BigDecimal tax = base.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP);
        return TaxBreakdown.of(USD, List.of(TaxComponent.of("VAT", BigDecimal.TEN, request.base(),
                ExactMoney.monetary(tax, USD))));
    };
    private static final MonthlyBillCalculator CALCULATOR =
            MonthlyBillCalculator.of(TEN_PERCENT, CALENDAR, RoundingPolicy.BILL_TOTAL);

    @Provide
    Arbitrary<List<BillLine>> months() {
        return BillingArbitraries.months().partner(PARTNER).cycle(CYCLE).arbitrary();
    }

    @Provide
    Arbitrary<BigDecimal> coupons() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2);
    }

    private static MonthlyBill bill(List<BillLine> lines, BigDecimal coupons) {
        return CALCULATOR.calculate(PARTNER, CYCLE, USD, lines, ExactMoney.monetary(coupons, USD));
    }

    private static BigDecimal dec(MonetaryAmount amount) {
        return ExactMoney.decimal(amount);
    }

    @Property
    void netSettlementIsTheRoundedPlainSumOfLines(@ForAll("months") List<BillLine> lines) {
        // The slow, obviously correct reference: BigDecimal line by line.
        BigDecimal exact = BigDecimal.ZERO;
        BigDecimal expenditures = BigDecimal.ZERO;
        for (BillLine line : lines) {
            exact = exact.add(line.settlementDecimal());
            if (line.billType() == BillType.EXPENDITURE) {
                expenditures = expenditures.add(line.settlementDecimal());
            }
        }
        MonthlyBill bill = bill(lines, BigDecimal.ZERO);
        assertThat(dec(bill.unroundedNetSettlement())).isEqualByComparingTo(exact);
        assertThat(dec(bill.netSettlement())).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP));
        assertThat(dec(bill.expenditures())).isEqualByComparingTo(expenditures.setScale(2, RoundingMode.HALF_UP));
        assertThat(dec(bill.roundingResidue())).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP).subtract(exact));
        assertThat(bill.lineCount()).isEqualTo(lines.size());
    }

    @Property
    void byProductReconcilesWithTheTotal(@ForAll("months") List<BillLine> lines) {
        MonthlyBill bill = bill(lines, BigDecimal.ZERO);
        ProductBreakdown all = bill.byProduct();
        BigDecimal shown = dec(all.othersRefunds()).add(dec(all.othersAdjustments())).add(dec(all.residue()));
        for (ProductSummary row : all.rows()) {
            shown = shown.add(dec(row.settlement()));
        }
        assertThat(shown).isEqualByComparingTo(dec(bill.netSettlement()));
        assertThat(all.total()).isEqualTo(bill.netSettlement());
        // Each rounded row is off by at most half a cent, so the residue is bounded by their count.
        BigDecimal bound = new BigDecimal("0.005").multiply(BigDecimal.valueOf(all.rows().size() + 3));
        assertThat(dec(all.residue()).abs()).isLessThanOrEqualTo(bound);
        // Only expenditure lines appear under products; refunds and adjustments are "Others".
        Map<String, BigDecimal> perProduct = new HashMap<>();
        for (BillLine line : lines) {
            if (line.billType() == BillType.EXPENDITURE) {
                perProduct.merge(line.product().value(), line.settlementDecimal(), BigDecimal::add);
            }
        }
        assertThat(all.rows()).hasSize(perProduct.size());
        for (ProductSummary row : all.rows()) {
            assertThat(dec(row.settlement()))
                    .isEqualByComparingTo(perProduct.get(row.product().value()).setScale(2, RoundingMode.HALF_UP));
        }
    }

    @Property
    void regionViewsAddUpToTheWholeExactly(@ForAll("months") List<BillLine> lines) {
        MonthlyBill bill = bill(lines, BigDecimal.ZERO);
        BigDecimal exactSum = BigDecimal.ZERO;
        for (String region : bill.regionCodes()) {
            BigDecimal regionExact = BigDecimal.ZERO;
            for (BillLine line : lines) {
                if (line.regionCode().equals(region)) {
                    regionExact = regionExact.add(line.settlementDecimal());
                }
            }
            exactSum = exactSum.add(regionExact);
            assertThat(dec(bill.byProduct(region).total()))
                    .isEqualByComparingTo(regionExact.setScale(2, RoundingMode.HALF_UP));
        }
        assertThat(exactSum).isEqualByComparingTo(dec(bill.unroundedNetSettlement()));
    }

    @Property
    void byCustomerReconcilesWithTheTotal(@ForAll("months") List<BillLine> lines) {
        MonthlyBill bill = bill(lines, BigDecimal.ZERO);
        CustomerBreakdown view = bill.byCustomer();
        BigDecimal shown = dec(view.residue());
        long count = 0;
        for (CustomerSummary row : view.rows()) {
            shown = shown.add(dec(row.total()));
            count += row.lineCount();
        }
        assertThat(shown).isEqualByComparingTo(dec(bill.netSettlement()));
        assertThat(count).isEqualTo(lines.size());
    }

    @Property
    void amountDueFollowsTheFormulaAndIsNeverNegative(@ForAll("months") List<BillLine> lines,
            @ForAll("coupons") BigDecimal coupons) {
        MonthlyBill bill = bill(lines, coupons);
        BigDecimal net = dec(bill.netSettlement());
        BigDecimal used = dec(bill.couponsUsed());
        assertThat(used).isBetween(BigDecimal.ZERO, net.max(BigDecimal.ZERO));
        assertThat(used).isEqualByComparingTo(coupons.min(net.max(BigDecimal.ZERO)));
        BigDecimal expectedTax = net.signum() > 0 ? net.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO;
        assertThat(dec(bill.tax().total())).isEqualByComparingTo(expectedTax);
        assertThat(dec(bill.amountDue())).isGreaterThanOrEqualTo(BigDecimal.ZERO)
                .isEqualByComparingTo(net.subtract(used).add(expectedTax).max(BigDecimal.ZERO));
        assertThat(dec(bill.credit())).isEqualByComparingTo(net.signum() < 0 ? net.negate() : BigDecimal.ZERO);
    }

    @Property
    void snapshotReadsBackAnEqualBill(@ForAll("months") List<BillLine> lines, @ForAll("coupons") BigDecimal coupons) {
        MonthlyBill bill = bill(lines, coupons);
        MonthlyBill read = MonthlyBill.fromSnapshot(bill.snapshot());
        assertThat(read).isEqualTo(bill);
        assertThat(read.byProduct()).isEqualTo(bill.byProduct());
        assertThat(read.byCustomer()).isEqualTo(bill.byCustomer());
        assertThat(read.amountDue()).isEqualTo(bill.amountDue());
    }

    @Property
    void mergingAnySplitGivesTheOnePassBill(@ForAll("months") List<BillLine> lines, @ForAll long seed) {
        MonthlyBill onePass = bill(lines, BigDecimal.ZERO);
        List<BillLine> shuffled = new ArrayList<>(lines);
        Random random = new Random(seed);
        Collections.shuffle(shuffled, random);
        int parts = 1 + random.nextInt(4);
        List<BillAccumulator> chunks = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            chunks.add(BillAccumulator.create(PARTNER, CYCLE, USD));
        }
        for (BillLine line : shuffled) {
            chunks.get(random.nextInt(parts)).add(line);
        }
        BillAccumulator merged = chunks.get(chunks.size() - 1);
        for (int i = chunks.size() - 2; i >= 0; i--) {
            merged = chunks.get(i).merge(merged);
        }
        MonthlyBill mergedBill = CALCULATOR.calculate(merged, ExactMoney.monetary(BigDecimal.ZERO, USD));
        assertThat(mergedBill).isEqualTo(onePass);
        assertThat(mergedBill.byProduct()).isEqualTo(onePass.byProduct());
        assertThat(mergedBill.byCustomer()).isEqualTo(onePass.byCustomer());
    }
}
