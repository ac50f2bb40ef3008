package io.partnerbill.core.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.InvoiceSeriesFullException;
import io.partnerbill.core.Issuer;
import io.partnerbill.core.PartnerId;
import java.time.LocalDate;
import java.time.Month;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvoiceSeriesTest {

    private static final InvoiceSeries INDIA = InvoiceSeries.financialYear("INV/KA", 5, Month.APRIL);
    private static final InvoiceSeries CALENDAR = InvoiceSeries.calendarYear("PB", 6);

    static Stream<Arguments> yearBoundaries() {
        return Stream.of(
                // India's financial year: April to March, written with both years
                Arguments.of(INDIA, "2025-03-31", "INV/KA-2024-25-00007"),
                Arguments.of(INDIA, "2025-04-01", "INV/KA-2025-26-00007"),
                Arguments.of(INDIA, "2024-12-31", "INV/KA-2024-25-00007"),
                Arguments.of(INDIA, "2025-01-01", "INV/KA-2024-25-00007"),
                Arguments.of(INDIA, "2099-04-01", "INV/KA-2099-00-00007"),
                // the calendar year
                Arguments.of(CALENDAR, "2024-12-31", "PB-2024-000007"),
                Arguments.of(CALENDAR, "2025-01-01", "PB-2025-000007"),
                Arguments.of(CALENDAR, "2025-03-31", "PB-2025-000007"),
                Arguments.of(CALENDAR, "2025-04-01", "PB-2025-000007"),
                // a year that starts in July (Australia's)
                Arguments.of(InvoiceSeries.financialYear("AU", 3, Month.JULY), "2025-06-30", "AU-2024-25-007"),
                Arguments.of(InvoiceSeries.financialYear("AU", 3, Month.JULY), "2025-07-01", "AU-2025-26-007"));
    }

    @ParameterizedTest
    @MethodSource("yearBoundaries")
    void number_countsTheInvoiceInTheYearOfItsDate(InvoiceSeries series, String date, String expected) {
        assertThat(series.number(Issuer.operator(), LocalDate.parse(date), 7)).isEqualTo(expected);
    }

    static Stream<Arguments> badConfigurations() {
        String rule = "An invoice prefix is 1 to 10 letters, digits, '-' or '/', starting and ending with a letter or digit, was '";
        return Stream.of(
                // prefixes
                Arguments.of("", 6, rule + "'"),
                Arguments.of("PB 1", 6, rule + "PB 1'"),
                Arguments.of("=HYPERLINK", 6, rule + "=HYPERLINK'"),
                Arguments.of("PB\n", 6, rule + "PB\n'"),
                Arguments.of("PB-", 6, rule + "PB-'"),
                Arguments.of("/PB", 6, rule + "/PB'"),
                Arguments.of("PB_1", 6, rule + "PB_1'"),
                Arguments.of("ABCDEFGHIJK", 6, rule + "ABCDEFGHIJK'"),
                Arguments.of("भारत", 6, rule + "भारत'"),
                // widths
                Arguments.of("PB", 0, "An invoice number's width is 1 to 18 digits, was '0'"),
                Arguments.of("PB", -3, "An invoice number's width is 1 to 18 digits, was '-3'"),
                Arguments.of("PB", 19, "An invoice number's width is 1 to 18 digits, was '19'"));
    }

    @ParameterizedTest
    @MethodSource("badConfigurations")
    void financialYear_refusesABadPrefixOrWidth(String prefix, int width, String message) {
        assertThatThrownBy(() -> InvoiceSeries.financialYear(prefix, width, Month.APRIL))
                .isInstanceOf(InvalidValueException.class).hasMessage(message);
        assertThatThrownBy(() -> InvoiceSeries.calendarYear(prefix, width))
                .isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Test
    void number_refusesASequenceWiderThanTheSeries() {
        InvoiceSeries narrow = InvoiceSeries.calendarYear("PB", 3);
        LocalDate date = LocalDate.parse("2024-05-01");
        assertThat(narrow.number(Issuer.operator(), date, 999)).isEqualTo("PB-2024-999");
        assertThatThrownBy(() -> narrow.number(Issuer.reseller(PartnerId.of("R-7")), date, 1000))
                .isInstanceOf(InvoiceSeriesFullException.class)
                .hasMessage("Invoice series 'PB-2024' of issuer 'reseller:R-7' is full: number '1000' needs more than 3 digits "
                        + "(widen the series)");
    }

    /** The number's parts read back: counter, a dash, then the sequence zero-padded to the width. */
    @Property(tries = 300)
    void number_isTheCounterAndThePaddedSequence(@ForAll @IntRange(min = 1, max = 18) int width,
            @ForAll @LongRange(min = 1, max = 999_999_999_999_999_999L) long sequence,
            @ForAll @IntRange(min = 1, max = 12) int firstMonth, @ForAll @IntRange(min = 0, max = 20_000) int day) {
        LocalDate date = LocalDate.parse("2000-01-01").plusDays(day);
        InvoiceSeries series = InvoiceSeries.financialYear("A1/B-2", width, Month.of(firstMonth));
        if (Long.toString(sequence).length() > width) {
            assertThatThrownBy(() -> series.number(Issuer.operator(), date, sequence))
                    .isInstanceOf(InvoiceSeriesFullException.class);
            return;
        }
        String number = series.number(Issuer.operator(), date, sequence);
        assertThat(number).startsWith(series.counter(date) + "-");
        String digits = number.substring(series.counter(date).length() + 1);
        assertThat(digits).hasSize(width);
        assertThat(Long.parseLong(digits)).isEqualTo(sequence);
    }

    @Test
    void perIssuer_givesTheOperatorItsSeriesAndEachResellerItsOwnOrTheDefault() {
        InvoiceSeries own = InvoiceSeries.calendarYear("R7", 4);
        InvoiceSeries statements = InvoiceSeries.calendarYear("CS", 6);
        InvoiceNumbering numbering = InvoiceNumbering.perIssuer(CALENDAR, statements).withReseller(PartnerId.of("R-7"), own);
        assertThat(numbering.seriesOf(Issuer.operator())).isEqualTo(CALENDAR);
        assertThat(numbering.seriesOf(Issuer.reseller(PartnerId.of("R-7")))).isEqualTo(own);
        assertThat(numbering.seriesOf(Issuer.reseller(PartnerId.of("R-8")))).isEqualTo(statements);
    }
}
