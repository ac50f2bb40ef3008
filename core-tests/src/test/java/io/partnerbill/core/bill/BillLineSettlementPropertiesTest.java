package io.partnerbill.core.bill;

import static io.partnerbill.testkit.BillingFixtures.CALENDAR;
import static io.partnerbill.testkit.BillingFixtures.CYCLE;
import static io.partnerbill.testkit.BillingFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * {@code settleAtDiscount()} keeps the settlement as a decimal instead of a Moneta amount; the
 * line it builds must equal the line built from the settlement computed the slow way and set
 * with {@code settlementAmount}.
 */
class BillLineSettlementPropertiesTest {

    private static final Instant AT = CALENDAR.start(CYCLE).plusSeconds(60);

    @Provide
    Arbitrary<BigDecimal> magnitudes() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 1_000).map(u -> BigDecimal.valueOf(u, 8)),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2000000")).ofScale(8),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e30")).ofScale(8),
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(u -> BigDecimal.valueOf(u, 8)));
    }

    @Provide
    Arbitrary<DiscountRate> rates() {
        return Arbitraries.integers().between(0, 9_999).map(h -> DiscountRate.ofPercentOff(BigDecimal.valueOf(h, 2)));
    }

    private static BillLine.Builder base(BillType type) {
        return BillingFixtures.line(BillType.EXPENDITURE, BigDecimal.ONE, DiscountRate.NONE, AT, 1, 1, "r1", "O-1", false)
                .toBuilder().billType(type).originalOrderId(type == BillType.EXPENDITURE ? null : OrderId.of("O-0"));
    }

    @Property(tries = 1500)
    void settleAtDiscount_equalsTheSlowSettlement(@ForAll("magnitudes") BigDecimal magnitude,
            @ForAll("rates") DiscountRate rate, @ForAll BillType type, @ForAll boolean negative) {
        boolean refundSign = type == BillType.REFUND || type == BillType.ADJUSTMENT && negative;
        BigDecimal list = refundSign ? magnitude.negate() : magnitude;
        // Moneta's own Money with its default context, as callers pass amounts in.
        MonetaryAmount amount = Money.of(list, Monetary.getCurrency("USD"));
        BigDecimal slow = list.multiply(new BigDecimal(100).subtract(rate.percentOff())).divide(new BigDecimal(100))
                .setScale(8, RoundingMode.HALF_UP);

        BillLine fast = base(type).customerExpenditure(amount).discount(rate).settleAtDiscount().build();
        BillLine reference = base(type).customerExpenditure(amount).discount(rate)
                .settlementAmount(Money.of(slow, Monetary.getCurrency("USD"))).build();

        assertThat(fast).isEqualTo(reference);
        assertThat(fast.settlementDecimal()).isEqualTo(slow);
        assertThat(fast.expenditureDecimal()).isEqualByComparingTo(list);
        assertThat(fast.settlementAmount().getNumber().numberValueExact(BigDecimal.class)).isEqualByComparingTo(slow);
    }

    @Test
    void settlementAmount_afterSettleAtDiscount_wins() {
        BillLine line = base(BillType.EXPENDITURE).customerExpenditure(Money.of(new BigDecimal("10.00"), USD))
                .discount(DiscountRate.ofPercentOff("10.00")).settleAtDiscount()
                .settlementAmount(Money.of(new BigDecimal("7.00"), USD)).build();
        assertThat(line.settlementDecimal()).isEqualTo(new BigDecimal("7.00000000"));
    }

    @Test
    void settleAtDiscount_keepsTheExpenditureItRead() {
        // As before: the settlement is of the expenditure set at the time of the call.
        BillLine line = base(BillType.EXPENDITURE).customerExpenditure(Money.of(new BigDecimal("10.00"), USD))
                .discount(DiscountRate.ofPercentOff("10.00")).settleAtDiscount()
                .customerExpenditure(Money.of(new BigDecimal("20.00"), USD)).build();
        assertThat(line.settlementDecimal()).isEqualTo(new BigDecimal("9.00000000"));
        assertThat(line.expenditureDecimal()).isEqualTo(new BigDecimal("20.00000000"));
    }

    @Test
    void settleAtDiscount_stillRefusesAnExpenditureOfNineDecimals() {
        assertThatThrownBy(() -> base(BillType.EXPENDITURE)
                .customerExpenditure(Money.of(new BigDecimal("0.000000001"), USD)).settleAtDiscount().build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Customer expenditure of order 'O-1' must have at most 8 decimal places, was '0.000000001'");
    }
}
