package io.partnerbill.export.html;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.CustomerSummary;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/** Writes one bill report: the sections of the page that {@link HtmlFormat} opens and closes. */
final class HtmlBillReport {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    private final BillDocument bill;
    private final @Nullable ReportLines lines;
    private final ExportContext context;
    private final Writer w;
    private final CurrencyUnit currency;
    private final String ccy;
    private long rows;

    HtmlBillReport(BillDocument bill, @Nullable ReportLines lines, ExportContext context, Writer w) {
        this.bill = bill;
        this.lines = lines;
        this.context = context;
        this.w = w;
        this.currency = bill.currency();
        this.ccy = HtmlText.escape(currency.getCurrencyCode());
    }

    long write() throws IOException {
        String partner = bill.partner().value();
        String month = bill.cycle().month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + bill.cycle().month().getYear();
        HtmlFormat.head(w, "Partner bill " + partner + " \u00b7 " + bill.cycle());
        w.write("<main class=\"sheet\">\n");
        masthead(partner, month);
        summary();
        products();
        daily();
        customers();
        others();
        w.write("<footer class=\"foot\">Written by partnerbill from the bill of " + esc(partner) + ", cycle "
                + bill.cycle() + ". Totals are rounded " + esc(bill.rounding().toString())
                + "; every view is rounded on its own, and what rounding adds is shown as a residue instead of "
                + "being hidden. Amounts are in " + ccy + ".</footer>\n");
        w.write("</main>\n</body>\n</html>\n");
        return rows;
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }

    private String money(MonetaryAmount amount) {
        return HtmlText.amount(amount);
    }

    private static String sign(BigDecimal value) {
        return value.signum() < 0 ? " negative" : "";
    }

    private static String sign(MonetaryAmount amount) {
        return sign(ExactMoney.decimal(amount));
    }

    private void masthead(String partner, String month) throws IOException {
        w.write("<header class=\"masthead\">\n<div class=\"eyebrow\">Monthly partner bill</div>\n<h1>"
                + esc(month) + "</h1>\n<div class=\"meta\"><span>Partner <b>" + esc(partner) + "</b>");
        String name = context.names().partnerName(bill.partner()).orElse("");
        if (!name.isBlank()) {
            w.write(" " + esc(name));
        }
        w.write("</span><span>Cycle <b>" + bill.cycle() + "</b></span><span>Currency <b>" + ccy
                + "</b></span><span><b>" + HtmlText.count(bill.lineCount())
                + "</b> lines</span></div>\n");
        w.write("<nav class=\"toc\"><a href=\"#due\">Amount due</a><a href=\"#products\">By product</a>"
                + "<a href=\"#daily\">Daily expenditure</a><a href=\"#customers\">By customer</a>"
                + "<a href=\"#others\">Refunds and adjustments</a></nav>\n</header>\n");
    }

    private void summary() throws IOException {
        BigDecimal net = ExactMoney.decimal(bill.netSettlement());
        BigDecimal coupons = ExactMoney.decimal(bill.couponsUsed());
        BigDecimal tax = ExactMoney.decimal(bill.tax().total());
        BigDecimal beforeFloor = net.subtract(coupons).add(tax);
        boolean floored = beforeFloor.compareTo(ExactMoney.decimal(bill.amountDue())) != 0;
        w.write("<section id=\"due\" class=\"summary\">\n<h2>Amount due</h2>\n");
        w.write("<div class=\"hero\"><div class=\"hero-label\">Amount due for " + bill.cycle() + "</div>"
                + "<div class=\"hero-amount\" id=\"amount-due\"><span class=\"ccy\">" + ccy + "</span> "
                + money(bill.amountDue()) + "</div></div>\n");
        w.write("<div class=\"formula\" aria-label=\"Amount due formula\">");
        term("Net settlement", HtmlText.amount(net, currency), sign(net));
        op("\u2212");
        term("Cash coupons used", HtmlText.amount(coupons, currency), "");
        op("+");
        term("Tax", HtmlText.amount(tax, currency), "");
        op("=");
        if (floored) {
            term("Bill amount", HtmlText.amount(beforeFloor, currency), sign(beforeFloor));
            op("\u2192");
        }
        term("Amount due", money(bill.amountDue()), " due");
        w.write("</div>\n");
        if (ExactMoney.decimal(bill.credit()).signum() > 0) {
            w.write("<p class=\"notice credit\"><b>Credit of " + ccy + " " + money(bill.credit())
                    + ".</b> Refunds exceed expenditures this month: the net settlement is " + ccy + " "
                    + money(bill.netSettlement()) + ", so nothing is due and the surplus is the partner's "
                    + "credit.</p>\n");
        }
        w.write("<p class=\"explain\">Net settlement = expenditures " + money(bill.expenditures())
                + " + refunds " + money(bill.refunds()) + " + adjustments " + money(bill.adjustments())
                + ", summed exactly over the " + HtmlText.count(bill.lineCount())
                + " lines and then rounded (rounding residue " + HtmlText.signedAmount(bill.roundingResidue())
                + "). Coupons are a means of payment: tax is charged on the net settlement.</p>\n");
        w.write("<div class=\"kpis\">");
        kpi("Customer expenditure", bill.customerExpenditure(), "list price, before discounts");
        kpi("Expenditures", bill.expenditures(), "settlement");
        kpi("Refunds", bill.refunds(), "settlement");
        kpi("Adjustments", bill.adjustments(), "settlement");
        w.write("</div>\n");
        tax();
        w.write("</section>\n");
    }

    private void term(String label, String value, String cssClass) throws IOException {
        w.write("<div class=\"term" + cssClass + "\"><div class=\"term-label\">" + esc(label)
                + "</div><div class=\"term-value\">" + value + "</div></div>");
    }

    private void op(String symbol) throws IOException {
        w.write("<div class=\"op\">" + symbol + "</div>");
    }

    private void kpi(String label, MonetaryAmount amount, String note) throws IOException {
        w.write("<div class=\"kpi\"><div class=\"kpi-label\">" + esc(label) + "</div><div class=\"kpi-value"
                + sign(amount) + "\">" + money(amount) + "</div><div class=\"kpi-note\">" + esc(note)
                + "</div></div>");
    }

    private void tax() throws IOException {
        w.write("<h3>Tax</h3>\n");
        List<TaxComponent> components = bill.tax().components();
        if (components.isEmpty()) {
            w.write("<p class=\"empty\">No tax is charged on this bill: the tax policy returned no "
                    + "component.</p>\n");
            return;
        }
        w.write("<table class=\"tax\"><thead><tr><th>Tax</th><th class=\"num\">Rate</th>"
                + "<th class=\"num\">Base (" + ccy + ")</th><th class=\"num\">Amount (" + ccy + ")</th>"
                + "<th>Note</th></tr></thead>\n<tbody>\n");
        for (TaxComponent c : components) {
            w.write("<tr><td>" + esc(c.name()) + "</td><td class=\"num\">" + HtmlText.percent(c.ratePercent())
                    + "</td><td class=\"num\">" + money(c.base()) + "</td><td class=\"num\">" + money(c.amount())
                    + "</td><td>" + c.zeroRatingReason().map(r -> "<span class=\"tag\">Zero-rated</span> "
                            + esc(r)).orElse("") + "</td></tr>\n");
            rows++;
        }
        w.write("</tbody>\n<tbody class=\"totals\"><tr class=\"total\"><td>Total tax</td><td></td><td></td>"
                + "<td class=\"num\">" + money(bill.tax().total()) + "</td><td></td></tr></tbody></table>\n");
    }

    private void products() throws IOException {
        w.write("<section id=\"products\" class=\"page\">\n<h2>Settlement by product</h2>\n");
        w.write("<p class=\"explain\">Settlement of each product's expenditure lines. As on the operator's "
                + "bill, refunds and adjustments are not booked to products: they form the "
                + "<b>Others</b> group.</p>\n");
        List<ProductSummary> sorted = new ArrayList<>(bill.products());
        sorted.sort(Comparator.comparing((ProductSummary p) -> ExactMoney.decimal(p.settlement())).reversed()
                .thenComparing(p -> p.product().value()));
        List<SvgCharts.Bar> bars = new ArrayList<>();
        BigDecimal more = BigDecimal.ZERO;
        for (int i = 0; i < sorted.size(); i++) {
            ProductSummary p = sorted.get(i);
            if (i < HtmlFormat.CHARTED_PRODUCTS || sorted.size() == HtmlFormat.CHARTED_PRODUCTS + 1) {
                bars.add(new SvgCharts.Bar(p.productName(), ExactMoney.decimal(p.settlement()),
                        SvgCharts.BarKind.PRODUCT));
            } else {
                more = more.add(ExactMoney.decimal(p.settlement()));
            }
        }
        int moreCount = sorted.size() - bars.size();
        if (moreCount > 0) {
            bars.add(new SvgCharts.Bar(moreCount + " more products", more, SvgCharts.BarKind.MORE));
        }
        bars.add(new SvgCharts.Bar("Others: Refunds", ExactMoney.decimal(bill.othersRefunds()),
                SvgCharts.BarKind.REFUND));
        bars.add(new SvgCharts.Bar("Others: Adjustments", ExactMoney.decimal(bill.othersAdjustments()),
                SvgCharts.BarKind.ADJUSTMENT));
        if (sorted.isEmpty() && ExactMoney.decimal(bill.productTotal()).signum() == 0
                && ExactMoney.decimal(bill.othersRefunds()).signum() == 0
                && ExactMoney.decimal(bill.othersAdjustments()).signum() == 0) {
            w.write("<p class=\"empty\">No product was bought this month.</p>\n");
        } else {
            w.write("<figure class=\"keep\">" + SvgCharts.bars(bars, currency, "Settlement by product, "
                    + currency.getCurrencyCode()) + "<figcaption><span class=\"key bar-product\"></span>Products"
                    + (moreCount > 0 ? " <span class=\"key bar-more\"></span>Smaller products together" : "")
                    + " <span class=\"key bar-refund\"></span>Others: refunds"
                    + " <span class=\"key bar-adjustment\"></span>Others: adjustments</figcaption></figure>\n");
        }
        BigDecimal expenditures = ExactMoney.decimal(bill.expenditures());
        w.write("<table class=\"products\"><thead><tr><th>Product</th><th>Type</th>"
                + "<th class=\"num\">Customer expenditure</th><th class=\"num\">Settlement (" + ccy + ")</th>"
                + "<th class=\"num\">Share</th></tr></thead>\n<tbody>\n");
        for (ProductSummary p : sorted) {
            BigDecimal settlement = ExactMoney.decimal(p.settlement());
            String share = expenditures.signum() > 0
                    ? HtmlText.rounded(settlement.multiply(BigDecimal.valueOf(100))
                            .divide(expenditures, MathContext.DECIMAL64), 1) + "%"
                    : "\u2013";
            w.write("<tr><td><span class=\"name\">" + esc(p.productName()) + "</span> <span class=\"id\">"
                    + esc(p.product().value()) + "</span></td><td>" + esc(p.productType())
                    + "</td><td class=\"num muted\">" + money(p.customerExpenditure()) + "</td><td class=\"num"
                    + sign(settlement) + "\">" + money(p.settlement()) + "</td><td class=\"num muted\">" + share
                    + "</td></tr>\n");
            rows++;
        }
        if (sorted.isEmpty()) {
            w.write("<tr><td colspan=\"5\" class=\"empty\">No product this month.</td></tr>\n");
        }
        w.write("</tbody>\n<tbody class=\"totals\">");
        w.write("<tr class=\"others\"><td>Others: Refunds</td><td></td><td></td><td class=\"num"
                + sign(bill.othersRefunds()) + "\">" + money(bill.othersRefunds()) + "</td><td></td></tr>\n");
        w.write("<tr class=\"others\"><td>Others: Adjustments</td><td></td><td></td><td class=\"num"
                + sign(bill.othersAdjustments()) + "\">" + money(bill.othersAdjustments())
                + "</td><td></td></tr>\n");
        w.write("<tr class=\"residue\"><td>Rounding residue</td><td colspan=\"2\" class=\"muted\">total minus the "
                + "rows above, each rounded on its own</td><td class=\"num\">"
                + HtmlText.signedAmount(bill.productResidue()) + "</td><td></td></tr>\n");
        w.write("<tr class=\"total\"><td>Total</td><td></td><td></td><td class=\"num" + sign(bill.productTotal())
                + "\">" + money(bill.productTotal()) + "</td><td></td></tr>\n");
        w.write("</tbody></table>\n</section>\n");
        rows += 4;
    }

    private void daily() throws IOException {
        w.write("<section id=\"daily\" class=\"page\">\n<h2>Daily expenditure</h2>\n");
        if (lines == null) {
            w.write("<p class=\"empty\">The daily figures are drawn from the bill's lines, and this report was "
                    + "written without them.</p>\n</section>\n");
            return;
        }
        ZoneId zone = context.calendar().zone();
        List<BigDecimal> perDay = lines.daily();
        long[] dayLines = lines.dailyLines();
        BigDecimal sum = BigDecimal.ZERO;
        int peak = 0;
        long expenditureLines = 0;
        for (int d = 0; d < perDay.size(); d++) {
            sum = sum.add(perDay.get(d));
            expenditureLines += dayLines[d];
            if (perDay.get(d).compareTo(perDay.get(peak)) > 0) {
                peak = d;
            }
        }
        w.write("<p class=\"explain\">Settlement of the expenditure lines per day in the billing zone "
                + esc(zone.getId()) + ", summed exactly and rounded for display. Weekends are shaded.</p>\n");
        if (expenditureLines == 0) {
            w.write("<p class=\"empty\">No expenditure this month.</p>\n");
        } else {
            w.write("<figure class=\"keep\">" + SvgCharts.daily(bill.cycle().month(), perDay, currency,
                    "Daily expenditure settlement, " + currency.getCurrencyCode()) + "</figure>\n");
        }
        w.write("<div class=\"kpis small\">");
        mini("Expenditure lines", HtmlText.count(expenditureLines));
        int digits = HtmlText.digits(currency);
        mini("Month's expenditure settlement", HtmlText.rounded(sum, digits));
        mini("Average per day", HtmlText.rounded(sum.divide(BigDecimal.valueOf(perDay.size()),
                MathContext.DECIMAL64), digits));
        mini("Busiest day", expenditureLines == 0 ? "\u2013"
                : bill.cycle().month().atDay(peak + 1) + " \u00b7 " + HtmlText.rounded(perDay.get(peak), digits));
        w.write("</div>\n");
        if (lines.skipped() > 0) {
            w.write("<p class=\"notice\">" + lines.skipped() + " of the lines given were of another partner or "
                    + "cycle, or outside the cycle in this zone, and are not drawn.</p>\n");
        }
        w.write("</section>\n");
    }

    private void mini(String label, String value) throws IOException {
        w.write("<div class=\"kpi\"><div class=\"kpi-label\">" + esc(label) + "</div><div class=\"kpi-value\">"
                + value + "</div></div>");
    }

    private void customers() throws IOException {
        w.write("<section id=\"customers\" class=\"page\">\n<h2>By customer</h2>\n");
        w.write("<p class=\"explain\">Each customer's settlement, largest first. The lines behind a row are in "
                + "the bill-details export.</p>\n");
        List<CustomerSummary> sorted = new ArrayList<>(bill.customers());
        sorted.sort(Comparator.comparing((CustomerSummary c) -> ExactMoney.decimal(c.total())).reversed()
                .thenComparing(c -> c.customer().value()));
        BigDecimal largest = BigDecimal.ZERO;
        for (CustomerSummary c : sorted) {
            largest = largest.max(ExactMoney.decimal(c.total()).abs());
        }
        w.write("<table class=\"customers\"><thead><tr><th>Customer</th><th class=\"num\">Lines</th>"
                + "<th class=\"num\">Expenditures</th><th class=\"num\">Refunds</th><th class=\"num\">Adjustments"
                + "</th><th class=\"num\">Total (" + ccy + ")</th><th class=\"share\"></th></tr></thead>\n"
                + "<tbody>\n");
        for (CustomerSummary c : sorted) {
            String name = context.names().customerName(c.customer()).orElse("");
            BigDecimal total = ExactMoney.decimal(c.total());
            double width = largest.signum() == 0 ? 0
                    : total.abs().doubleValue() / largest.doubleValue() * 100;
            w.write("<tr><td>" + (name.isBlank() ? "" : "<span class=\"name\">" + esc(name) + "</span> ")
                    + "<span class=\"id\">" + esc(c.customer().value()) + "</span></td><td class=\"num muted\">"
                    + HtmlText.count(c.lineCount()) + "</td><td class=\"num\">"
                    + money(c.expenditures()) + "</td><td class=\"num" + sign(c.refunds()) + "\">"
                    + money(c.refunds()) + "</td><td class=\"num" + sign(c.adjustments()) + "\">"
                    + money(c.adjustments()) + "</td><td class=\"num strong" + sign(total) + "\">"
                    + money(c.total()) + "</td><td class=\"share\"><span class=\"meter" + sign(total)
                    + "\" style=\"width:" + SvgCharts.px(width) + "%\"></span></td></tr>\n");
            rows++;
        }
        if (sorted.isEmpty()) {
            w.write("<tr><td colspan=\"7\" class=\"empty\">No customer bought anything this month.</td></tr>\n");
        }
        w.write("</tbody>\n<tbody class=\"totals\">");
        w.write("<tr class=\"residue\"><td colspan=\"5\">Rounding residue <span class=\"muted\">(total minus the "
                + "rows above, each rounded on its own)</span></td><td class=\"num\">"
                + HtmlText.signedAmount(bill.customerResidue()) + "</td><td></td></tr>\n");
        w.write("<tr class=\"total\"><td>Total</td><td class=\"num\">"
                + HtmlText.count(bill.lineCount()) + "</td><td></td><td></td><td></td>"
                + "<td class=\"num" + sign(bill.customerTotal()) + "\">" + money(bill.customerTotal())
                + "</td><td></td></tr>\n");
        w.write("</tbody></table>\n</section>\n");
        rows += 2;
    }

    private void others() throws IOException {
        w.write("<section id=\"others\" class=\"page\">\n<h2>Refunds and adjustments</h2>\n");
        if (lines == null) {
            w.write("<p class=\"explain\">Refunds " + ccy + " " + money(bill.refunds()) + ", adjustments " + ccy
                    + " " + money(bill.adjustments()) + ". The lines are listed when the report is written "
                    + "with the bill's lines.</p>\n</section>\n");
            return;
        }
        List<BillLine> listed = lines.listed();
        if (lines.othersCount() == 0) {
            w.write("<p class=\"empty\">No refund and no adjustment this month.</p>\n</section>\n");
            return;
        }
        w.write("<p class=\"explain\">" + HtmlText.count(lines.othersCount())
                + " refund and adjustment lines, settlement " + ccy + " "
                + HtmlText.rounded(lines.othersSum(), HtmlText.digits(currency))
                + (lines.notListed() > 0 ? "; the earliest " + listed.size() + " are listed" : "")
                + ". Times are in " + esc(context.calendar().zone().getId()) + ".</p>\n");
        w.write("<table class=\"others-list\"><thead><tr><th>Time</th><th>Type</th><th>Order</th>"
                + "<th>Original order</th><th>Customer</th><th>Product</th><th>Order type</th>"
                + "<th class=\"num\">Settlement (" + ccy + ")</th></tr></thead>\n<tbody>\n");
        ZoneId zone = context.calendar().zone();
        for (BillLine line : listed) {
            BigDecimal settlement = line.settlementDecimal();
            w.write("<tr><td class=\"nowrap\">" + MINUTE.format(LocalDateTime.ofInstant(line.transactionTime(), zone))
                    + "</td><td><span class=\"tag " + (line.billType() == BillType.REFUND ? "refund" : "adjustment")
                    + "\">" + esc(line.billType().label()) + "</span></td><td class=\"id\">"
                    + esc(line.orderId().value()) + "</td><td class=\"id\">"
                    + line.originalOrderId().map(o -> esc(o.value())).orElse("") + "</td><td>"
                    + esc(line.customer().value()) + "</td><td>" + esc(line.productName()) + "</td><td>"
                    + esc(line.orderType().label()) + "</td><td class=\"num" + sign(settlement) + "\">"
                    + HtmlText.amount(settlement, currency) + "</td></tr>\n");
            rows++;
        }
        w.write("</tbody>\n");
        if (lines.notListed() > 0) {
            w.write("<tbody class=\"totals\"><tr class=\"more\"><td colspan=\"7\">and "
                    + HtmlText.count(lines.notListed())
                    + " more, in the bill-details export</td><td class=\"num" + sign(lines.notListedSum()) + "\">"
                    + HtmlText.amount(lines.notListedSum(), currency) + "</td></tr></tbody>");
        }
        w.write("</table>\n</section>\n");
    }
}
