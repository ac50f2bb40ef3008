package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateEntryTest {

    private static final Country SG = Country.of("SG");

    @Test
    void isInForceOn_isHalfOpen() {
        RateEntry e = RateEntry.of(SG, "GST", LocalDate.of(2023, 1, 1), Optional.of(LocalDate.of(2024, 1, 1)),
                new BigDecimal("8.00"), BaseFactor.ONE);

        assertThat(e.isInForceOn(LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(e.isInForceOn(LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(e.isInForceOn(LocalDate.of(2023, 12, 31))).isTrue();
        assertThat(e.isInForceOn(LocalDate.of(2024, 1, 1))).isFalse();
        assertThat(e.ratePercent()).isEqualTo(new BigDecimal("8"));
        assertThat(e).hasToString("SG,GST,2023-01-01,2024-01-01,8,1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SG,GST,2024-01-01,,9,1", "ID,VAT,2025-01-01,,12,11/12", "MY,Service Tax,2018-09-01,2024-03-01,6,1",
            "IN,GST,2017-07-01,,18,1", "VN,VAT,2020-01-01,,7.5,1", "DE,VAT,2020-07-01,2021-01-01,16,1", "AQ,Levy,2020-01-01,,100,1/3"})
    void parse_readsBackToString(String line) {
        RateEntry e = RateEntry.parse(line);

        assertThat(e).hasToString(line);
        assertThat(RateEntry.parse(e.toString())).isEqualTo(e);
    }

    @Test
    void of_refusesBadValues() {
        LocalDate day = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> RateEntry.of(SG, "GST", day, Optional.of(day), BigDecimal.TEN, BaseFactor.ONE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Rate of SG GST must end after it starts (2024-01-01), was until '2024-01-01'");
        assertThatThrownBy(() -> RateEntry.of(SG, "GST", day, new BigDecimal("-1")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Tax rate must be 0 to 100 percent, was '-1'");
        assertThatThrownBy(() -> RateEntry.of(SG, "GST", day, new BigDecimal("100.5")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Tax rate must be 0 to 100 percent, was '100.5'");
        assertThatThrownBy(() -> RateEntry.of(SG, "GST", day, new BigDecimal("9.12345")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Tax rate must have at most 4 decimals, was '9.12345'");
        assertThatThrownBy(() -> RateEntry.of(SG, "G,ST", day, BigDecimal.TEN))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Tax name must be non-blank text without commas, quotes or surrounding spaces, was 'G,ST'");
        assertThatThrownBy(() -> RateEntry.of(SG, " GST", day, BigDecimal.TEN))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Tax name must be non-blank text without commas, quotes or surrounding spaces, was ' GST'");
    }

    @Test
    void parse_namesTheColumn() {
        assertThatThrownBy(() -> RateEntry.parse("SG,GST,2024-01-01,,nine,1"))
                .isInstanceOf(MalformedRateTableException.class)
                .hasMessage("Rate table line 1, column 5: rate must be a percent from 0 to 100 with at most 4 decimals, "
                        + "such as '9' or '7.5', was 'nine'");
    }
}
