package io.partnerbill.export.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.money.CurrencyUnit;

/**
 * The inline SVG charts of the HTML report. Geometry is computed in {@code double} (pixels),
 * never the amounts shown: every label is the exact decimal, formatted by {@link HtmlText}.
 * Each chart scales over {@code [min(0, smallest), max(0, largest)]}, so negative values
 * (refunds, a negative adjustment) are bars to the left of a zero line and a line chart dips
 * below its zero axis. Every text is escaped.
 */
final class SvgCharts {

    /** The kind of a bar, which is its CSS class and colour. */
    enum BarKind {
        PRODUCT("bar-product"), MORE("bar-more"), REFUND("bar-refund"), ADJUSTMENT("bar-adjustment");

        final String cssClass;

        BarKind(String cssClass) {
            this.cssClass = cssClass;
        }
    }

    /** One bar: its label (not escaped yet), exact value and kind. */
    record Bar(String label, BigDecimal value, BarKind kind) {
    }

    static final int WIDTH = 860;
    private static final int LABEL_WIDTH = 230;
    private static final int VALUE_WIDTH = 110;
    private static final int BAR_HEIGHT = 18;
    private static final int BAR_GAP = 9;
    private static final int LABEL_CHARS = 34;

    private SvgCharts() {
    }

    /** Formats a pixel coordinate with at most two decimals, locale-free. */
    static String px(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * Draws horizontal bars, one per row, with the label on the left and the exact value on the
     * right; bar lengths are proportional to the values, negative bars extend left of zero.
     */
    static String bars(List<Bar> bars, CurrencyUnit currency, String title) {
        double lo = 0;
        double hi = 0;
        for (Bar b : bars) {
            lo = Math.min(lo, b.value().doubleValue());
            hi = Math.max(hi, b.value().doubleValue());
        }
        if (hi - lo == 0) {
            hi = 1;
        }
        double plotLeft = LABEL_WIDTH;
        double plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 16;
        double zeroX = plotLeft + (0 - lo) / (hi - lo) * plotWidth;
        int top = 6;
        int height = top + bars.size() * (BAR_HEIGHT + BAR_GAP) + 4;
        StringBuilder svg = new StringBuilder(256 + bars.size() * 400);
        svg.append("<svg class=\"chart bars\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(HtmlText.escape(title))
                .append("\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.append("<title>").append(HtmlText.escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = top + i * (BAR_HEIGHT + BAR_GAP);
            double v = b.value().doubleValue();
            double w = Math.abs(v) / (hi - lo) * plotWidth;
            double x = v >= 0 ? zeroX : zeroX - w;
            String value = HtmlText.amount(b.value(), currency);
            svg.append("<g class=\"row\">");
            svg.append("<rect class=\"track\" x=\"").append(px(plotLeft)).append("\" y=\"").append(px(y))
                    .append("\" width=\"").append(px(plotWidth)).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" rx=\"3\"/>");
            svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 10).append("\" y=\"")
                    .append(px(y + BAR_HEIGHT / 2.0 + 4)).append("\" text-anchor=\"end\">")
                    .append(HtmlText.escape(HtmlText.shorten(b.label(), LABEL_CHARS))).append("</text>");
            svg.append("<rect class=\"bar ").append(b.kind().cssClass).append("\" data-value=\"")
                    .append(b.value().toPlainString()).append("\" x=\"").append(px(x)).append("\" y=\"")
                    .append(px(y)).append("\" width=\"").append(px(w)).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" rx=\"3\"><title>").append(HtmlText.escape(b.label())).append(": ")
                    .append(value).append("</title></rect>");
            svg.append("<text class=\"value").append(v < 0 ? " negative" : "").append("\" x=\"").append(WIDTH - 4)
                    .append("\" y=\"").append(px(y + BAR_HEIGHT / 2.0 + 4)).append("\" text-anchor=\"end\">")
                    .append(value).append("</text>");
            svg.append("</g>");
        }
        if (lo < 0) {
            svg.append("<line class=\"zero\" x1=\"").append(px(zeroX)).append("\" y1=\"").append(top - 4)
                    .append("\" x2=\"").append(px(zeroX)).append("\" y2=\"").append(height - 2).append("\"/>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** Nice axis ticks: about {@code count} round steps covering {@code [lo, hi]}. */
    static List<BigDecimal> ticks(BigDecimal lo, BigDecimal hi, int count) {
        BigDecimal span = hi.subtract(lo);
        if (span.signum() <= 0) {
            span = BigDecimal.ONE;
        }
        BigDecimal raw = span.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64);
        int exponent = raw.precision() - raw.scale() - 1;
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal fraction = raw.divide(magnitude, MathContext.DECIMAL64);
        BigDecimal step;
        if (fraction.compareTo(BigDecimal.ONE) <= 0) {
            step = magnitude;
        } else if (fraction.compareTo(BigDecimal.valueOf(2)) <= 0) {
            step = magnitude.multiply(BigDecimal.valueOf(2));
        } else if (fraction.compareTo(BigDecimal.valueOf(5)) <= 0) {
            step = magnitude.multiply(BigDecimal.valueOf(5));
        } else {
            step = magnitude.multiply(BigDecimal.TEN);
        }
        BigDecimal first = lo.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = first; ; t = t.add(step)) {
            ticks.add(t);
            if (t.compareTo(hi) >= 0 || ticks.size() > 4 * count) {
                break;
            }
        }
        if (ticks.size() < 2) {
            ticks.add(first.add(step));
        }
        return ticks;
    }

    /**
     * Draws the daily line chart of a month: one point per day (index 0 = day 1), an area down
     * to zero, weekends shaded, a y axis with round ticks and the days 1, 5, 10, ... on the x
     * axis.
     */
    static String daily(YearMonth month, List<BigDecimal> perDay, CurrencyUnit currency, String title) {
        int days = perDay.size();
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = BigDecimal.ZERO;
        for (BigDecimal v : perDay) {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        List<BigDecimal> ticks = ticks(lo, hi, 4);
        double axisLo = ticks.get(0).doubleValue();
        double axisHi = ticks.get(ticks.size() - 1).doubleValue();
        int height = 270;
        double left = 78;
        double right = WIDTH - 12;
        double top = 14;
        double bottom = height - 34;
        double dayWidth = (right - left) / days;
        int tickDigits = Math.max(0, ticks.get(1).subtract(ticks.get(0)).stripTrailingZeros().scale());
        StringBuilder svg = new StringBuilder(4096 + days * 300);
        svg.append("<svg class=\"chart daily\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(HtmlText.escape(title))
                .append("\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.append("<title>").append(HtmlText.escape(title)).append("</title>");
        for (int d = 0; d < days; d++) {
            DayOfWeek dow = month.atDay(d + 1).getDayOfWeek();
            if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
                svg.append("<rect class=\"weekend\" x=\"").append(px(left + d * dayWidth)).append("\" y=\"")
                        .append(px(top)).append("\" width=\"").append(px(dayWidth)).append("\" height=\"")
                        .append(px(bottom - top)).append("\"/>");
            }
        }
        for (BigDecimal t : ticks) {
            double y = y(t.doubleValue(), axisLo, axisHi, top, bottom);
            svg.append("<line class=\"grid").append(t.signum() == 0 ? " zero" : "").append("\" x1=\"")
                    .append(px(left)).append("\" y1=\"").append(px(y)).append("\" x2=\"").append(px(right))
                    .append("\" y2=\"").append(px(y)).append("\"/>");
            svg.append("<text class=\"tick\" x=\"").append(px(left - 8)).append("\" y=\"").append(px(y + 4))
                    .append("\" text-anchor=\"end\">").append(HtmlText.rounded(t, tickDigits)).append("</text>");
        }
        double zeroY = y(0, axisLo, axisHi, top, bottom);
        StringBuilder points = new StringBuilder(days * 16);
        for (int d = 0; d < days; d++) {
            double x = left + (d + 0.5) * dayWidth;
            double y = y(perDay.get(d).doubleValue(), axisLo, axisHi, top, bottom);
            points.append(px(x)).append(',').append(px(y)).append(' ');
        }
        String line = points.toString().trim();
        svg.append("<polygon class=\"area\" points=\"").append(px(left + 0.5 * dayWidth)).append(',')
                .append(px(zeroY)).append(' ').append(line).append(' ').append(px(left + (days - 0.5) * dayWidth))
                .append(',').append(px(zeroY)).append("\"/>");
        svg.append("<polyline class=\"line\" points=\"").append(line).append("\"/>");
        for (int d = 0; d < days; d++) {
            BigDecimal v = perDay.get(d);
            double x = left + (d + 0.5) * dayWidth;
            double y = y(v.doubleValue(), axisLo, axisHi, top, bottom);
            LocalDate date = month.atDay(d + 1);
            svg.append("<circle class=\"dot\" data-day=\"").append(d + 1).append("\" data-value=\"")
                    .append(v.toPlainString()).append("\" cx=\"").append(px(x)).append("\" cy=\"").append(px(y))
                    .append("\" r=\"3\"><title>").append(date).append(' ')
                    .append(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                    .append(": ").append(HtmlText.rounded(v, HtmlText.digits(currency))).append("</title></circle>");
            int day = d + 1;
            if (day == 1 || day % 5 == 0 || day == days) {
                if (day == days && days % 5 != 0 && days - days / 5 * 5 < 2) {
                    continue; // too close to the previous label
                }
                svg.append("<text class=\"tick day\" x=\"").append(px(x)).append("\" y=\"").append(px(bottom + 18))
                        .append("\" text-anchor=\"middle\">").append(day).append("</text>");
            }
        }
        svg.append("<line class=\"axis\" x1=\"").append(px(left)).append("\" y1=\"").append(px(bottom))
                .append("\" x2=\"").append(px(right)).append("\" y2=\"").append(px(bottom)).append("\"/>");
        svg.append("</svg>");
        return svg.toString();
    }

    private static double y(double value, double lo, double hi, double top, double bottom) {
        double span = hi - lo == 0 ? 1 : hi - lo;
        return bottom - (value - lo) / span * (bottom - top);
    }
}
