package io.partnerbill.export.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.partnerbill.export.html.SvgCharts.Bar;
import io.partnerbill.export.html.SvgCharts.BarKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class SvgChartsTest {

    private static final CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final Pattern BAR = Pattern.compile(
            "<rect class=\"bar [a-z-]+\" data-value=\"([^\"]+)\" x=\"([^\"]+)\" y=\"[^\"]+\" width=\"([^\"]+)\"");
    private static final Pattern ZERO = Pattern.compile("<line class=\"zero\" x1=\"([^\"]+)\"");
    private static final Pattern DOT = Pattern.compile(
            "<circle class=\"dot\" data-day=\"(\\d+)\" data-value=\"([^\"]+)\" cx=\"([^\"]+)\" cy=\"([^\"]+)\"");

    /** value, x, width of each bar, in order. */
    private static List<double[]> bars(String svg) {
        List<double[]> bars = new ArrayList<>();
        Matcher m = BAR.matcher(svg);
        while (m.find()) {
            bars.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3))});
        }
        return bars;
    }

    private static Bar bar(String label, String value) {
        return new Bar(label, new BigDecimal(value), BarKind.PRODUCT);
    }

    @Test
    void bars_areProportionalToTheirValues() {
        String svg = SvgCharts.bars(List.of(bar("A", "1000.00"), bar("B", "250.00"), bar("C", "0.00"),
                bar("D", "500.00")), USD, "Settlement");
        List<double[]> bars = bars(svg);
        assertThat(bars).hasSize(4);
        double perUnit = bars.get(0)[2] / 1000;
        assertThat(perUnit).isPositive();
        for (double[] b : bars) {
            assertThat(b[2]).as("width of %s", b[0]).isCloseTo(b[0] * perUnit, within(0.02));
            assertThat(b[1]).as("every bar starts at zero").isEqualTo(bars.get(0)[1]);
        }
        assertThat(svg).doesNotContain("class=\"zero\"").contains(">1,000.00</text>", ">250.00</text>");
    }

    @Test
    void bars_negativeValuesExtendLeftOfTheZeroLine() {
        String svg = SvgCharts.bars(List.of(bar("Product", "300.00"), new Bar("Others: Refunds", new BigDecimal("-100.00"),
                BarKind.REFUND), new Bar("Others: Adjustments", new BigDecimal("50.00"), BarKind.ADJUSTMENT)), USD, "t");
        List<double[]> bars = bars(svg);
        Matcher zero = ZERO.matcher(svg);
        assertThat(zero.find()).as("a zero line is drawn").isTrue();
        double zeroX = Double.parseDouble(zero.group(1));
        double[] product = bars.get(0);
        double[] refund = bars.get(1);
        double[] adjustment = bars.get(2);
        assertThat(product[1]).isCloseTo(zeroX, within(0.01));
        assertThat(adjustment[1]).isCloseTo(zeroX, within(0.01));
        assertThat(refund[1] + refund[2]).as("the refund ends at zero").isCloseTo(zeroX, within(0.02));
        assertThat(refund[2] / product[2]).isCloseTo(100.0 / 300, within(0.001));
        assertThat(adjustment[2] / product[2]).isCloseTo(50.0 / 300, within(0.001));
        assertThat(svg).contains("class=\"bar bar-refund\"", "class=\"value negative\"", ">-100.00</text>");
    }

    @Test
    void bars_onlyNegativeOrOnlyZeroValuesStayInsideTheChart() {
        List<double[]> negative = bars(SvgCharts.bars(List.of(bar("R", "-40.00"), bar("A", "-10.00")), USD, "t"));
        assertThat(negative.get(0)[2] / negative.get(1)[2]).isCloseTo(4.0, within(0.001));
        assertThat(negative.get(0)[1]).isGreaterThanOrEqualTo(0);
        List<double[]> zeros = bars(SvgCharts.bars(List.of(bar("Z", "0.00")), USD, "t"));
        assertThat(zeros.get(0)[2]).isZero();
        assertThat(SvgCharts.bars(List.of(bar("Z", "0.00")), USD, "t")).doesNotContain("NaN", "Infinity");
    }

    @Test
    void bars_escapeLabelsAndTitles() {
        String svg = SvgCharts.bars(List.of(bar("<script>alert(1)</script>", "1.00")), USD, "a \"title\" & more");
        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("aria-label=\"a &#34;title&#34; &amp; more\"");
    }

    @Test
    void bars_shortenLongLabelsButKeepTheFullNameInTheTooltip() {
        String name = "A product name far longer than the label column of the chart";
        String svg = SvgCharts.bars(List.of(bar(name, "1.00")), USD, "t");
        assertThat(svg).contains("<title>" + name + ": 1.00</title>").contains("\u2026</text>");
    }

    @Test
    void daily_drawsOneDotPerDayHigherForLargerValues() {
        List<BigDecimal> perDay = new ArrayList<>(Collections.nCopies(31, BigDecimal.ZERO));
        perDay.set(0, new BigDecimal("100"));
        perDay.set(14, new BigDecimal("400.12345678"));
        perDay.set(30, new BigDecimal("200"));
        String svg = SvgCharts.daily(YearMonth.of(2024, 1), perDay, USD, "Daily");
        Matcher m = DOT.matcher(svg);
        List<double[]> dots = new ArrayList<>();
        while (m.find()) {
            dots.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
        }
        assertThat(dots).hasSize(31);
        for (int i = 1; i < dots.size(); i++) {
            assertThat(dots.get(i)[2]).as("days go left to right").isGreaterThan(dots.get(i - 1)[2]);
        }
        double zeroY = dots.get(1)[3];
        double perUnit = (zeroY - dots.get(0)[3]) / 100;
        assertThat(perUnit).isPositive();
        assertThat(zeroY - dots.get(14)[3]).isCloseTo(400.12345678 * perUnit, within(0.05));
        assertThat(zeroY - dots.get(30)[3]).isCloseTo(200 * perUnit, within(0.05));
        assertThat(svg).contains("<title>2024-01-15 Mon: 400.12</title>").contains("class=\"weekend\"");
        // 4 weekends of January 2024 (Sat 6, 13, 20, 27 and Sun 7, 14, 21, 28)
        assertThat(svg.split("class=\"weekend\"", -1)).hasSize(9);
    }

    @Test
    void daily_negativeDaysDipBelowTheZeroLine() {
        List<BigDecimal> perDay = new ArrayList<>(Collections.nCopies(29, BigDecimal.ZERO));
        perDay.set(3, new BigDecimal("-50"));
        perDay.set(4, new BigDecimal("150"));
        String svg = SvgCharts.daily(YearMonth.of(2024, 2), perDay, USD, "Daily");
        Matcher m = DOT.matcher(svg);
        List<Double> ys = new ArrayList<>();
        while (m.find()) {
            ys.add(Double.parseDouble(m.group(4)));
        }
        assertThat(ys).hasSize(29);
        double zeroY = ys.get(0);
        assertThat(ys.get(3)).as("below zero means further down").isGreaterThan(zeroY);
        assertThat(ys.get(4)).isLessThan(zeroY);
        assertThat((ys.get(3) - zeroY) / (zeroY - ys.get(4))).isCloseTo(50.0 / 150, within(0.001));
        assertThat(svg).contains("class=\"grid zero\"");
    }

    @Test
    void daily_anEmptyMonthIsAFlatLineWithoutNaN() {
        String svg = SvgCharts.daily(YearMonth.of(2023, 4), Collections.nCopies(30, BigDecimal.ZERO), USD, "Daily");
        assertThat(svg).doesNotContain("NaN", "Infinity").contains("data-day=\"30\"").doesNotContain("data-day=\"31\"");
    }

    @Test
    void ticks_areRoundAndCoverTheRange() {
        assertThat(SvgCharts.ticks(BigDecimal.ZERO, new BigDecimal("18500"), 4))
                .extracting(BigDecimal::toPlainString).containsExactly("0", "5000", "10000", "15000", "20000");
        assertThat(SvgCharts.ticks(new BigDecimal("-30"), new BigDecimal("90"), 4))
                .extracting(BigDecimal::toPlainString).containsExactly("-50", "0", "50", "100");
        assertThat(SvgCharts.ticks(BigDecimal.ZERO, BigDecimal.ZERO, 4)).hasSizeGreaterThanOrEqualTo(2);
    }
}
