package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTest {

    @Test
    void money_isExactAndSafeFromManyThreads() throws Exception {
        // An amount factory is a mutable builder; a shared one mixed up amounts under load.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> wrong = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            wrong.add(pool.submit(() -> {
                int mismatches = 0;
                for (int i = 0; i < 20_000; i++) {
                    BigDecimal value = new BigDecimal(thread + "." + i);
                    MonetaryAmount amount = Sql.money(value, thread % 2 == 0 ? "USD" : "EUR");
                    if (amount.getNumber().numberValueExact(BigDecimal.class).compareTo(value) != 0
                            || !amount.getCurrency().getCurrencyCode().equals(thread % 2 == 0 ? "USD" : "EUR")) {
                        mismatches++;
                    }
                }
                return mismatches;
            }));
        }
        for (Future<Integer> f : wrong) {
            assertThat(f.get(60, TimeUnit.SECONDS)).isZero();
        }
        pool.shutdown();
        assertThat(Sql.money(new BigDecimal("123456789012345678901234567890.12345678"), "USD").getNumber()
                .numberValueExact(BigDecimal.class)).isEqualByComparingTo("123456789012345678901234567890.12345678");
    }

    @Test
    void money_staysExactOnEveryCallOfAThread() {
        // each thread keeps one factory: its unlimited context must hold for every amount it makes, not the first only
        BigDecimal wide = new BigDecimal("9".repeat(300) + ".123456789");
        for (int i = 0; i < 3; i++) {
            assertThat(Sql.money(wide, i % 2 == 0 ? "USD" : "EUR").getNumber().numberValueExact(BigDecimal.class))
                    .isEqualTo(wide);
        }
    }

    @Test
    void decimal_refusesWhatNumeric38x8WouldRoundOrCouldNotHold() {
        assertThat(Sql.decimal(Sql.money(new BigDecimal("1.5"), "USD"), "x")).isEqualTo(new BigDecimal("1.50000000"));
        assertThat(Sql.decimal(Sql.money(new BigDecimal("1.1234567800"), "USD"), "x")).isEqualTo(new BigDecimal("1.12345678"));
        assertThatThrownBy(() -> Sql.decimal(Sql.money(new BigDecimal("1.123456789"), "USD"), "payment 'P'"))
                .isInstanceOf(StoreException.class)
                .hasMessage("Could not store payment 'P': amount 'USD 1.123456789' has more than 8 decimal places, "
                        + "which the NUMERIC(38, 8) column would round");
        assertThatThrownBy(() -> Sql.decimal(Sql.money(new BigDecimal("1234567890123456789012345678901"), "USD"), "coupon"))
                .isInstanceOf(StoreException.class)
                .hasMessage("Could not store coupon: amount 'USD 1234567890123456789012345678901' has more than 30 integer "
                        + "digits, which NUMERIC(38, 8) cannot hold");
    }

    @Test
    void cycle_agreesWithBillCycleParseOnEveryCycle() {
        // the reference: BillCycle.parse, on every year 0001-9999 and month
        for (int year = 1; year <= 9999; year++) {
            for (int month = 1; month <= 12; month++) {
                String text = String.format("%04d-%02d", year, month);
                BillCycle fast = Sql.cycle(text);
                if (!fast.equals(BillCycle.parse(text)) || !fast.toString().equals(text)) {
                    throw new AssertionError("cycle('" + text + "') was " + fast);
                }
            }
        }
        assertThat(Sql.cycle("2024-01")).isEqualTo(BillCycle.of(2024, 1));
        assertThat(Sql.cycle("9999-12")).isEqualTo(BillCycle.of(9999, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01", "2024-00", "2024-13", "2024-1", "24-01", "2024/01", "2024-0a", "x024-01",
            "2024-011", "", "２０２４-01"})
    void cycle_refusesWhatBillCycleParseRefusesWithItsMessage(String text) {
        Throwable expected = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> BillCycle.parse(text));
        assertThatThrownBy(() -> Sql.cycle(text)).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    }

    @Test
    void currency_isMonetarysCurrencyAndRefusesAnUnknownCode() {
        assertThat(Sql.currency("USD")).isEqualTo(Monetary.getCurrency("USD"));
        assertThat(Sql.currency("USD")).isSameAs(Sql.currency("USD"));
        assertThat(Sql.currency("EUR")).isEqualTo(Monetary.getCurrency("EUR"));
        assertThatThrownBy(() -> Sql.currency("XYZQ")).isInstanceOf(UnknownCurrencyException.class)
                .hasMessageContaining("XYZQ");
        assertThatThrownBy(() -> Sql.currency("XYZQ")).isInstanceOf(UnknownCurrencyException.class);
    }
}
