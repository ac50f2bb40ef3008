package io.partnerbill.export.html;

import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.StatementDocument;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Customer statements as one HTML file, one printable A4 page per statement: who bills whom, the
 * cycle, the statement number (or draft) and status, the customer's lines at the customer's
 * price (the earliest {@value #LISTED_LINES}, then "and N more" with their sum), the subtotal, the
 * reseller's tax components, the total, and for an issued statement what is paid and outstanding.
 *
 * <p>The page is what the customer is shown: the list amount and the price rule of a line, which
 * are the reseller's own business, are left to the CSV and JSON exports. It uses the bill
 * report's stylesheet and text rendering ({@link HtmlStyle}, {@link HtmlText}): every text is
 * escaped and numbers are locale-free.
 */
final class HtmlStatements {

    /** Lines listed at most on a customer's statement; the rest are counted and summed. */
    static final int LISTED_LINES = 300;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    private static final Comparator<StatementLine> EARLIEST = Comparator
            .comparing((StatementLine l) -> l.line().transactionTime()).thenComparing(l -> l.orderId().value());

    private final ExportContext context;
    private final Writer w;
    private long rows;

    private HtmlStatements(ExportContext context, Writer w) {
        this.context = context;
        this.w = w;
    }

    /** Writes the whole file; returns the number of table rows written. */
    static long write(List<StatementDocument> docs, ExportContext context, Writer w) throws IOException {
        return new HtmlStatements(context, w).all(docs);
    }

    private long all(List<StatementDocument> docs) throws IOException {
        String title = "Customer statements";
        if (!docs.isEmpty()) {
            CustomerStatement first = docs.get(0).statement();
            title += " " + first.reseller().value() + " \u00b7 " + first.cycle();
        }
        HtmlFormat.head(w, title, HtmlStyle.STATEMENTS_CSS);
        if (docs.isEmpty()) {
            w.write("<main class=\"sheet statement\"><header class=\"masthead\"><div class=\"eyebrow\">Customer "
                    + "statements</div><h1>No statement</h1></header><p class=\"empty\">No customer has lines in "
                    + "this cycle.</p></main>\n");
        }
        int page = 0;
        for (StatementDocument doc : docs) {
            statement(doc, ++page, docs.size());
        }
        w.write("</body>\n</html>\n");
        return rows;
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }

    private static String money(MonetaryAmount amount) {
        return HtmlText.amount(amount);
    }

    private static String sign(MonetaryAmount amount) {
        return ExactMoney.decimal(amount).signum() < 0 ? " negative" : "";
    }

    private static String sign(BigDecimal value) {
        return value.signum() < 0 ? " negative" : "";
    }

    private static String count(long n) {
        return HtmlText.count(n);
    }

    private void statement(StatementDocument doc, int page, int pages) throws IOException {
        CustomerStatement st = doc.statement();
        Optional<IssuedStatement> issued = doc.issued();
        String ccy = esc(st.currency().getCurrencyCode());
        String month = st.cycle().month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + st.cycle().month().getYear();
        w.write("<section class=\"sheet statement" + (issued.isPresent() ? "" : " draft") + "\" id=\"statement-"
                + page + "\" data-customer=\"" + esc(st.customer().value()) + "\" data-number=\"" + esc(doc.number())
                + "\">\n");
        w.write("<header class=\"masthead\">\n<div class=\"eyebrow\">Customer statement \u00b7 " + page + " of "
                + pages + "</div>\n<h1>" + esc(month) + "</h1>\n<div class=\"parties\">");
        party("From", st.reseller().value(), context.names().partnerName(st.reseller()));
        party("To", st.customer().value(), context.names().customerName(st.customer()));
        w.write("</div>\n<div class=\"meta\"><span>Statement <b class=\"number\">"
                + (issued.isPresent() ? esc(doc.number()) : "Draft") + "</b></span><span>Cycle <b>" + st.cycle()
                + "</b></span>");
        if (issued.isPresent()) {
            w.write("<span>Issued <b>" + DAY.format(issued.get().issuedAt().atZone(context.calendar().zone()))
                    + "</b></span>");
        }
        w.write("<span>Currency <b>" + ccy + "</b></span><span>Status " + status(doc) + "</span></div>\n"
                + "</header>\n");
        if (issued.isEmpty()) {
            w.write("<p class=\"notice\"><b>Draft.</b> This statement is not issued yet: it has no number, and its "
                    + "figures may still change until it is issued.</p>\n");
        }
        summary(st, issued, ccy);
        lines(st, ccy);
        totals(st, issued, ccy);
        w.write("<footer class=\"foot\">Statement of " + esc(st.reseller().value()) + " to customer "
                + esc(st.customer().value()) + " for " + st.cycle() + ". Amounts are in " + ccy + ", at the "
                + "customer's price; the subtotal is the exact sum of the lines, rounded once "
                + esc(st.rounding().toString()) + ".</footer>\n</section>\n");
    }

    private void party(String role, String id, Optional<String> name) throws IOException {
        w.write("<div class=\"party\"><div class=\"party-role\">" + role + "</div><div class=\"party-name\">"
                + esc(name.filter(n -> !n.isBlank()).orElse(id)) + "</div><div class=\"party-id\">" + esc(id)
                + "</div></div>");
    }

    private static String status(StatementDocument doc) {
        return doc.billStatus().map(s -> switch (s) {
            case PAID -> "<span class=\"tag paid\">Paid</span>";
            case PARTIALLY_PAID -> "<span class=\"tag partly\">Partially paid</span>";
            case UNPAID -> "<span class=\"tag unpaid\">Unpaid</span>";
        }).orElse("<span class=\"tag draft\">Draft</span>");
    }

    private void summary(CustomerStatement st, Optional<IssuedStatement> issued, String ccy) throws IOException {
        MonetaryAmount shown = issued.map(IssuedStatement::outstanding).orElse(st.amountDue());
        w.write("<div class=\"hero\"><div class=\"hero-label\">" + (issued.isPresent() ? "Outstanding" : "Amount due")
                + " for " + st.cycle() + "</div><div class=\"hero-amount\"><span class=\"ccy\">" + ccy + "</span> "
                + money(shown) + "</div></div>\n");
        w.write("<div class=\"formula\">");
        term("Subtotal", money(st.subtotal()), sign(st.subtotal()));
        op("+");
        term("Tax", money(st.tax().total()), "");
        op("=");
        boolean floored = ExactMoney.decimal(st.total()).compareTo(ExactMoney.decimal(st.amountDue())) != 0;
        if (floored) {
            term("Total", money(st.total()), sign(st.total()));
            op("\u2192");
        }
        term("Amount due", money(st.amountDue()), issued.isPresent() ? "" : " due");
        if (issued.isPresent()) {
            op("\u2212");
            term("Paid", money(issued.get().paid()), "");
            op("=");
            term("Outstanding", money(issued.get().outstanding()), " due");
        }
        w.write("</div>\n");
        if (ExactMoney.decimal(st.credit()).signum() > 0) {
            w.write("<p class=\"notice credit\"><b>Credit of " + ccy + " " + money(st.credit()) + ".</b> Refunds "
                    + "exceed purchases this month: nothing is due and no tax is charged.</p>\n");
        }
    }

    private void term(String label, String value, String cssClass) throws IOException {
        w.write("<div class=\"term" + cssClass + "\"><div class=\"term-label\">" + label
                + "</div><div class=\"term-value\">" + value + "</div></div>");
    }

    private void op(String symbol) throws IOException {
        w.write("<div class=\"op\">" + symbol + "</div>");
    }

    private void lines(CustomerStatement st, String ccy) throws IOException {
        List<StatementLine> sorted = new ArrayList<>(st.lines());
        sorted.sort(EARLIEST);
        int listed = Math.min(LISTED_LINES, sorted.size());
        ZoneId zone = context.calendar().zone();
        w.write("<h3>Lines</h3>\n<p class=\"explain\">" + count(sorted.size()) + (sorted.size() == 1 ? " line" : " lines")
                + (listed < sorted.size() ? "; the earliest " + count(listed) + " are listed" : "")
                + ". Refunds are charged back at the price the original order was sold at. Times are in "
                + esc(zone.getId()) + ".</p>\n");
        w.write("<table class=\"lines\"><thead><tr><th>Time</th><th>Type</th><th>Order</th><th>Original order</th>"
                + "<th>Product</th><th class=\"num\">Amount (" + ccy + ")</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < listed; i++) {
            StatementLine l = sorted.get(i);
            BillType type = l.billType();
            w.write("<tr><td class=\"nowrap\">" + MINUTE.format(LocalDateTime.ofInstant(l.line().transactionTime(), zone))
                    + "</td><td><span class=\"tag " + type.name().toLowerCase(Locale.ROOT) + "\">" + esc(type.label())
                    + "</span></td><td class=\"id\">" + esc(l.orderId().value()) + "</td><td class=\"id\">"
                    + l.originalOrderId().map(o -> esc(o.value())).orElse("") + "</td><td><span class=\"name\">"
                    + esc(l.line().productName()) + "</span> <span class=\"id\">" + esc(l.product().value())
                    + "</span></td><td class=\"num" + sign(l.customerAmount()) + "\">" + money(l.customerAmount())
                    + "</td></tr>\n");
            context.rowWritten(++rows);
        }
        if (sorted.isEmpty()) {
            w.write("<tr><td colspan=\"6\" class=\"empty\">No line this month.</td></tr>\n");
        }
        w.write("</tbody>\n");
        if (listed < sorted.size()) {
            BigDecimal rest = BigDecimal.ZERO;
            for (StatementLine l : sorted.subList(listed, sorted.size())) {
                rest = rest.add(l.customerDecimal());
            }
            w.write("<tbody class=\"totals\"><tr class=\"more\"><td colspan=\"5\">and " + count(sorted.size() - listed)
                    + " more, in the CSV or JSON export of the statements</td><td class=\"num" + sign(rest) + "\">"
                    + HtmlText.amount(rest, st.currency()) + "</td></tr></tbody>");
            context.rowWritten(++rows);
        }
        w.write("</table>\n");
    }

    private void totals(CustomerStatement st, Optional<IssuedStatement> issued, String ccy) throws IOException {
        CurrencyUnit currency = st.currency();
        w.write("<div class=\"keep\"><h3>Totals</h3>\n<table class=\"tax statement-totals\"><thead><tr><th>Item</th>"
                + "<th class=\"num\">Rate</th><th class=\"num\">Base (" + ccy + ")</th><th class=\"num\">Amount ("
                + ccy + ")</th><th>Note</th></tr></thead>\n<tbody>\n");
        row("Purchases", st.expenditures());
        row("Refunds", st.refunds());
        row("Adjustments", st.adjustments());
        w.write("<tr class=\"residue\"><td>Rounding residue</td><td></td><td></td><td class=\"num\">"
                + HtmlText.signedAmount(st.roundingResidue()) + "</td><td class=\"muted\">the subtotal is the exact "
                + "sum, rounded once</td></tr>\n");
        w.write("<tr class=\"total\"><td>Subtotal</td><td></td><td></td><td class=\"num" + sign(st.subtotal())
                + "\">" + money(st.subtotal()) + "</td><td></td></tr>\n");
        rows += 5;
        List<TaxComponent> components = st.tax().components();
        for (TaxComponent c : components) {
            w.write("<tr><td>" + esc(c.name()) + "</td><td class=\"num\">" + HtmlText.percent(c.ratePercent())
                    + "</td><td class=\"num\">" + money(c.base()) + "</td><td class=\"num\">" + money(c.amount())
                    + "</td><td>" + c.zeroRatingReason().map(r -> "<span class=\"tag\">Zero-rated</span> " + esc(r))
                            .orElse("") + "</td></tr>\n");
            rows++;
        }
        if (components.isEmpty()) {
            w.write("<tr><td>Tax</td><td></td><td></td><td class=\"num\">" + HtmlText.amount(BigDecimal.ZERO, currency)
                    + "</td><td class=\"muted\">no tax is charged on this statement</td></tr>\n");
            rows++;
        }
        w.write("</tbody>\n<tbody class=\"totals\">");
        w.write("<tr class=\"total\"><td>Total</td><td></td><td></td><td class=\"num" + sign(st.total()) + "\">"
                + money(st.total()) + "</td><td></td></tr>\n");
        row("Amount due", st.amountDue());
        rows += 2;
        if (issued.isPresent()) {
            row("Paid", issued.get().paid());
            w.write("<tr class=\"total\"><td>Outstanding</td><td></td><td></td><td class=\"num\">"
                    + money(issued.get().outstanding()) + "</td><td></td></tr>\n");
            rows += 2;
        }
        w.write("</tbody></table></div>\n");
    }

    private void row(String label, MonetaryAmount amount) throws IOException {
        w.write("<tr><td>" + label + "</td><td></td><td></td><td class=\"num" + sign(amount) + "\">" + money(amount)
                + "</td><td></td></tr>\n");
    }
}
