package io.partnerbill.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillId;
import io.partnerbill.core.CouponId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.CouponUse;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.testkit.BillingArbitraries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Bills and issued bills written through a {@code findAndRegisterModules()} mapper read back equal,
 * over the testkit's generated months: hostile text in every name, refunds beyond the month's
 * expenditures, amounts up to 10^15 with 8 decimals, a tax component with hostile text.
 */
class JsonRoundTripPropertiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final String HOSTILE = "=\"VAT\",\n\t9% \\ 中文";

    @Property(tries = 150)
    void monthlyBill_readsBackEqual(@ForAll("months") List<BillLine> lines) throws Exception {
        MonthlyBill bill = bill(lines);

        String json = MAPPER.writeValueAsString(bill);

        assertThat(MAPPER.readValue(json, MonthlyBill.class)).isEqualTo(bill);
    }

    @Property(tries = 100)
    void issuedBill_readsBackEqual(@ForAll("months") List<BillLine> lines, @ForAll @IntRange(max = 100) int creditShare,
            @ForAll @IntRange(max = 100) int paidShare, @ForAll("couponUses") List<CouponUse> uses) throws Exception {
        MonthlyBill bill = bill(lines);
        // Credit and payment split at most the amount due, so restore() accepts them.
        BigDecimal due = ExactMoney.decimal(bill.amountDue());
        BigDecimal credit = share(due, creditShare);
        BigDecimal paid = share(due, Math.min(paidShare, 100 - creditShare));
        IssuedBill issued = IssuedBill.restore(BillId.of("B-\"1\"/中"), "PB-2024-" + HOSTILE,
                Instant.parse("2024-02-05T04:00:00.123456789Z"), bill, uses, usd(credit), usd(paid));

        String json = MAPPER.writeValueAsString(issued);

        assertThat(MAPPER.readValue(json, IssuedBill.class)).isEqualTo(issued);
    }

    @Provide
    Arbitrary<List<BillLine>> months() {
        return BillingArbitraries.months().hostileText().maxAmount(new BigDecimal("1000000000000000")).arbitrary();
    }

    @Provide
    Arbitrary<List<CouponUse>> couponUses() {
        return BillingArbitraries.amounts(new BigDecimal("0.01"), new BigDecimal("99999999.99"))
                .map(a -> new CouponUse(CouponId.of("CP-" + a.toPlainString()), usd(a))).list().ofMaxSize(3);
    }

    static MonthlyBill bill(List<BillLine> lines) {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").taxPolicy(VAT).build();
        billing.lines().appendAll(lines);
        // The testkit's defaults: partner P-TEST, cycle 2024-01.
        return billing.bills().calculate(PartnerId.of("P-TEST"), BillCycle.of(2024, 1));
    }

    /** 9 % on a positive base, to the cent, under a name hostile to any text format. */
    private static final TaxPolicy VAT = request -> {
        BigDecimal base = ExactMoney.decimal(request.base());
        BigDecimal tax = base.signum() > 0 ? base.multiply(new BigDecimal("0.09")).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO;
        return TaxBreakdown.of(request.base().getCurrency(), List.of(TaxComponent.of(HOSTILE, new BigDecimal("9"),
                request.base(), ExactMoney.monetary(tax, request.base().getCurrency()))));
    };

    private static BigDecimal share(BigDecimal due, int percent) {
        return due.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
    }

    private static MonetaryAmount usd(BigDecimal value) {
        return ExactMoney.monetary(value, USD);
    }
}
