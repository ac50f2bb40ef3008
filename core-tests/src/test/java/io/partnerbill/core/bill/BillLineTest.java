package io.partnerbill.core.bill;

import static io.partnerbill.testkit.BillingFixtures.CALENDAR;
import static io.partnerbill.testkit.BillingFixtures.CYCLE;
import static io.partnerbill.testkit.BillingFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.stream.Stream;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BillLineTest {

    private static final Instant AT = CALENDAR.start(CYCLE).plusSeconds(60);

    private static BillLine.Builder line(BillType type, String expenditure, String settlement) {
        return BillingFixtures.line(BillType.EXPENDITURE, BigDecimal.ONE, DiscountRate.NONE, AT, 1, 1, "r1", "O-1", false)
                .toBuilder().billType(type)
                .customerExpenditure(ExactMoney.monetary(new BigDecimal(expenditure), USD))
                .settlementAmount(ExactMoney.monetary(new BigDecimal(settlement), USD))
                .originalOrderId(type == BillType.REFUND ? OrderId.of("O-0") : null);
    }

    static Stream<Arguments> signViolations() {
        return Stream.of(
                Arguments.of(BillType.EXPENDITURE, "-5.00", "-4.00",
                        "Expenditure line 'O-1' must have a zero or positive customer expenditure, was '-5.00000000'"),
                Arguments.of(BillType.EXPENDITURE, "5.00", "-4.00",
                        "Expenditure line 'O-1' must have a zero or positive settlement amount, was '-4.00000000'"),
                Arguments.of(BillType.REFUND, "5.00", "4.00",
                        "Refund line 'O-1' must have a zero or negative customer expenditure, was '5.00000000'"),
                Arguments.of(BillType.REFUND, "-5.00", "4.00",
                        "Refund line 'O-1' must have a zero or negative settlement amount, was '4.00000000'"));
    }

    @ParameterizedTest
    @MethodSource("signViolations")
    void build_enforcesTheSignRules(BillType type, String expenditure, String settlement, String message) {
        assertThatThrownBy(() -> line(type, expenditure, settlement).build())
                .isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Test
    void build_acceptsAdjustmentsOfEitherSign() {
        assertThat(line(BillType.ADJUSTMENT, "-5.00", "-4.00").build().settlementDecimal()).isEqualByComparingTo("-4");
        assertThat(line(BillType.ADJUSTMENT, "5.00", "4.00").build().settlementDecimal()).isEqualByComparingTo("4");
    }

    @Test
    void build_refusesARefundWithoutItsOriginalOrder() {
        assertThatThrownBy(() -> line(BillType.REFUND, "-5", "-4").originalOrderId(null).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Refund line 'O-1' must name its original order");
        assertThatThrownBy(() -> line(BillType.REFUND, "-5", "-4").originalOrderId(OrderId.of("O-1")).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Line 'O-1' names itself as its original order");
    }

    @ParameterizedTest
    @MethodSource("expenditures")
    void customerExpenditure_fromTheDecimal_buildsTheLineTheMonetaryAmountBuilds(String value, String percentOff) {
        // the order path's setter (no MonetaryAmount built) against the public MonetaryAmount one
        DiscountRate rate = DiscountRate.ofPercentOff(new BigDecimal(percentOff));
        BillLine viaDecimal = line(BillType.EXPENDITURE, "1", "1").discount(rate)
                .customerExpenditure(new BigDecimal(value), USD).settleAtDiscount().build();
        BillLine viaAmount = line(BillType.EXPENDITURE, "1", "1").discount(rate)
                .customerExpenditure(Monetary.getDefaultAmountFactory().setCurrency(USD)
                        .setNumber(new BigDecimal(value)).create()).settleAtDiscount().build();
        assertThat(viaDecimal).isEqualTo(viaAmount);
        assertThat(viaDecimal.expenditureDecimal()).isEqualByComparingTo(value);
        assertThat(viaDecimal.settlementDecimal()).isEqualTo(viaAmount.settlementDecimal());
    }

    static Stream<Arguments> expenditures() {
        return Stream.of(
                Arguments.of("0", "0"),
                Arguments.of("100.00", "12.50"),
                Arguments.of("0.00000001", "50"),
                Arguments.of("33.33333333", "33.33"),
                Arguments.of("92233720368.54775807", "10"), // the largest long of units
                Arguments.of("92233720368.54775808", "10")); // one unit past it: kept as a BigDecimal
    }

    @Test
    void customerExpenditure_fromTheDecimal_keepsTheLineRules() {
        assertThatThrownBy(() -> line(BillType.EXPENDITURE, "1", "1")
                .customerExpenditure(new BigDecimal("1.000000001"), USD).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Customer expenditure of order 'O-1' must have at most 8 decimal places, was '1.000000001'");
        assertThatThrownBy(() -> line(BillType.EXPENDITURE, "1", "1")
                .customerExpenditure(BigDecimal.ONE, Monetary.getCurrency("EUR")).build())
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Settlement amount of order 'O-1' is in USD but EUR was expected");
        assertThatThrownBy(() -> line(BillType.EXPENDITURE, "1", "1").customerExpenditure(null, USD))
                .isInstanceOf(NullPointerException.class).hasMessage("customerExpenditure");
        assertThatThrownBy(() -> line(BillType.EXPENDITURE, "1", "1").customerExpenditure(BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("currency");
    }

    @Test
    void build_refusesMoreThanEightDecimalsButKeepsEight() {
        assertThatThrownBy(() -> line(BillType.EXPENDITURE, "1.000000001", "1").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Customer expenditure of order 'O-1' must have at most 8 decimal places, was '1.000000001'");
        BillLine ok = line(BillType.EXPENDITURE, "0.00000001", "1.000000000000").build();
        assertThat(ok.expenditureDecimal()).isEqualTo(new BigDecimal("0.00000001"));
        assertThat(ok.settlementDecimal()).isEqualTo(new BigDecimal("1.00000000"));
    }

    @Test
    void build_refusesMixedCurrencies() {
        assertThatThrownBy(() -> line(BillType.EXPENDITURE, "5", "4")
                .settlementAmount(ExactMoney.monetary(BigDecimal.ONE, Monetary.getCurrency("EUR"))).build())
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Settlement amount of order 'O-1' is in EUR but USD was expected");
    }

    @Test
    void build_refusesABlankProductName() {
        assertThatThrownBy(() -> line(BillType.EXPENDITURE, "5", "4").productName(" ").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Bill line productName must not be blank, was ' '");
    }

    @Test
    void hugeAmountsBeyondTheLongFastPathKeepEveryDigit() {
        BillLine huge = line(BillType.EXPENDITURE, "123456789012345.12345678", "100000000000000.00000001").build();
        assertThat(huge.expenditureDecimal()).isEqualTo(new BigDecimal("123456789012345.12345678"));
        assertThat(ExactMoney.decimal(huge.settlementAmount())).isEqualByComparingTo("100000000000000.00000001");
    }

    @Test
    void settleAtDiscount_appliesTheRateAtEightDecimals() {
        BillLine l = line(BillType.EXPENDITURE, "10.00000001", "0").discount(DiscountRate.parse("11.12% off"))
                .settleAtDiscount().build();
        // 10.00000001 x 0.8888 = 8.888000008888 -> 8.88800001 (HALF_UP at 8 decimals)
        assertThat(l.settlementDecimal()).isEqualTo(new BigDecimal("8.88800001"));
    }

    @Test
    void toBuilderGivesAnEqualLine() {
        BillLine original = line(BillType.REFUND, "-5", "-4").build();
        assertThat(original.toBuilder().build()).isEqualTo(original).hasSameHashCodeAs(original);
    }
}
