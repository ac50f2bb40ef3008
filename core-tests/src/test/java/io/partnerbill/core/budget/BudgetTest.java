package io.partnerbill.core.budget;

import static io.partnerbill.core.testing.OrdersFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BudgetTest {

    @Test
    void monthly_keepsTypeAndAmountAtScaleTwo() {
        Budget b = Budget.monthly(usd("1000"));

        assertThat(b.type()).isEqualTo(BudgetType.MONTHLY);
        assertThat(b.amountDecimal()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(b).hasToString("MONTHLY USD 1000.00");
        assertThat(Budget.ofPackage(usd("0.01"))).hasToString("PACKAGE USD 0.01");
    }

    @Test
    void of_acceptsTheLargestAmount() {
        assertThat(Budget.monthly(usd("2147483647")).amountDecimal()).isEqualByComparingTo("2147483647");
    }

    static Stream<Arguments> badAmounts() {
        return Stream.of(
                // not greater than zero
                Arguments.of("0", "Budget amount must be greater than 0, was 'USD 0.00'"),
                Arguments.of("-5.00", "Budget amount must be greater than 0, was 'USD -5.00'"),
                // too large
                Arguments.of("2147483647.01", "Budget amount must be at most 2147483647, was 'USD 2147483647.01'"),
                // too many decimals
                Arguments.of("10.001", "Budget amount must have at most two decimals, was 'USD 10.001'"));
    }

    @ParameterizedTest
    @MethodSource("badAmounts")
    void of_refusesBadAmount_quotingIt(String amount, String message) {
        assertThatThrownBy(() -> Budget.monthly(usd(amount)))
                .isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Test
    void parse_refusesMalformedText() {
        assertThatThrownBy(() -> Budget.parse("WEEKLY USD 10.00"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Budget must look like 'MONTHLY USD 1000.00', was 'WEEKLY USD 10.00'");
        assertThatThrownBy(() -> Budget.parse("MONTHLY USD"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Budget must look like 'MONTHLY USD 1000.00', was 'MONTHLY USD'");
    }

    @Property(tries = 200)
    void parse_readsBackToString(@ForAll @BigRange(min = "0.01", max = "2147483647") @Scale(2) BigDecimal amount,
            @ForAll BudgetType type) {
        Budget b = Budget.of(type, usd(amount.toPlainString()));

        assertThat(Budget.parse(b.toString())).isEqualTo(b);
    }
}
