package io.partnerbill.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.ProductId;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepricingTest {

    @ParameterizedTest
    @ValueSource(strings = {"+5.00%", "-3.00%", "+0.00%", "-99.99%", "+250.50%", "fixed USD 12.00", "fixed USD 0.00000001",
            "fixed JPY 1200"})
    void parse_roundTripsToString(String text) {
        assertThat(Repricing.parse(text)).hasToString(text);
        assertThat(Repricing.parse(Repricing.parse(text).toString())).isEqualTo(Repricing.parse(text));
    }

    @Test
    void factories_giveTheCanonicalForms() {
        assertThat(Repricing.markup("5")).hasToString("+5.00%").isEqualTo(Repricing.parse("+5.00%"));
        assertThat(Repricing.markdown("3.0")).hasToString("-3.00%");
        assertThat(Repricing.fixedPrice(BillingFixtures.usd("12.5"))).hasToString("fixed USD 12.50");
        assertThat(Repricing.markup("5").isFixedPrice()).isFalse();
        assertThat(Repricing.markup("5").fixedPrice()).isEmpty();
        assertThat(Repricing.parse("fixed USD 12.00").fixedPrice()).hasValueSatisfying(
                p -> assertThat(BillingFixtures.decimal(p)).isEqualByComparingTo("12.00"));
        assertThat(Repricing.markup("5")).isNotEqualTo(Repricing.parse("fixed USD 5.00"));
    }

    @Test
    void applyPercent_roundsHalfUpAtEightDecimals() {
        // 0.00000010 x 1.05 = 0.000000105 -> 0.00000011 (HALF_UP); 100 x 0.97 = 97
        assertThat(Repricing.markup("5.00").applyPercent(new BigDecimal("0.00000010"))).isEqualTo("0.00000011");
        assertThat(Repricing.markdown("3.00").applyPercent(new BigDecimal("100.00000000"))).isEqualTo("97.00000000");
        assertThat(Repricing.markdown("3.00").applyPercent(new BigDecimal("-40.00000000"))).isEqualTo("-38.80000000");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                // percentages
                Arguments.of((Runnable) () -> Repricing.markdown("100"), "A markdown must be less than 100.00%, was '-100.00%'"),
                Arguments.of((Runnable) () -> Repricing.parse("-120.00%"), "A markdown must be less than 100.00%, was '-120.00%'"),
                Arguments.of((Runnable) () -> Repricing.markup("5.001"),
                        "Repricing percentage must have at most 2 decimal places, was '5.001'"),
                Arguments.of((Runnable) () -> Repricing.markup("-5"), "A markup must not be negative, was '-5'"),
                Arguments.of((Runnable) () -> Repricing.markdown("-5"), "A markdown must not be negative, was '-5'"),
                Arguments.of((Runnable) () -> Repricing.markup("five"), "Repricing percentage must be a number, was 'five'"),
                // fixed prices
                Arguments.of((Runnable) () -> Repricing.fixedPrice(BillingFixtures.usd("-1.00")),
                        "A fixed price must not be negative, was 'USD -1.00'"),
                Arguments.of((Runnable) () -> Repricing.fixedPrice(BillingFixtures.usd("1.000000001")),
                        "Fixed price must have at most 8 decimal places, was '1.000000001'"),
                // text
                Arguments.of((Runnable) () -> Repricing.parse("5%"),
                        "Repricing must look like '+5.00%', '-3.00%' or 'fixed USD 12.00', was '5%'"),
                Arguments.of((Runnable) () -> Repricing.parse("fixed XYZ 1"),
                        "Repricing must look like '+5.00%', '-3.00%' or 'fixed USD 12.00', was 'fixed XYZ 1'"),
                Arguments.of((Runnable) () -> Repricing.parse("fixed USD"),
                        "Repricing must look like '+5.00%', '-3.00%' or 'fixed USD 12.00', was 'fixed USD'"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refusesBadValues_quotingThem(Runnable factory, String message) {
        assertThatThrownBy(factory::run).isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Property(tries = 300)
    void repricing_parseOfToStringIsIdentity(@ForAll("repricings") Repricing r) {
        assertThat(Repricing.parse(r.toString())).isEqualTo(r).hasToString(r.toString());
    }

    @Provide
    Arbitrary<Repricing> repricings() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-99.99"), new BigDecimal("1000")).ofScale(2)
                        .map(Repricing::ofPercent),
                Combinators.combine(BillingArbitraries.currencies(),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(8))
                        .as((c, v) -> Repricing.fixedPrice(io.partnerbill.core.money.ExactMoney.monetary(v, c))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"all customers", "customer 'C-1'", "product 'PRD-1'", "customer 'C-1', product 'PRD-1'",
            "customer 'it''s', product 'a, b'"})
    void scope_parseRoundTripsToString(String text) {
        assertThat(PriceScope.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"all", "customer ''", "customer C-1", "product 'PRD-1", "client 'C-1'"})
    void scope_parseRefusesOtherText_quotingIt(String text) {
        assertThatThrownBy(() -> PriceScope.parse(text)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Price scope must look like 'all customers', \"customer 'C-1'\", \"product 'PRD-1'\" or "
                        + "\"customer 'C-1', product 'PRD-1'\", was '" + text + "'");
    }

    @Test
    void scope_specificityOrdersCustomerProductOverCustomerOverProductOverAll() {
        CustomerId c = CustomerId.of("C-1");
        ProductId p = ProductId.of("PRD-1");
        assertThat(PriceScope.customerAndProduct(c, p).specificity()).isEqualTo(3);
        assertThat(PriceScope.customer(c).specificity()).isEqualTo(2);
        assertThat(PriceScope.product(p).specificity()).isEqualTo(1);
        assertThat(PriceScope.allCustomers().specificity()).isZero();
        assertThat(PriceScope.customerAndProduct(c, p).covers(c, p)).isTrue();
        assertThat(PriceScope.customerAndProduct(c, p).covers(CustomerId.of("C-2"), p)).isFalse();
        assertThat(PriceScope.product(p).covers(CustomerId.of("C-9"), ProductId.of("PRD-2"))).isFalse();
        assertThat(PriceScope.customerAndProduct(c, p)).hasToString("customer 'C-1', product 'PRD-1'")
                .isEqualTo(PriceScope.customerAndProduct(c, p));
        assertThat(PriceScope.allCustomers()).hasToString("all customers");
    }
}
