package io.partnerbill.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.pricing.MarginReport;
import io.partnerbill.core.pricing.MarginRow;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.export.format.StatementDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Writes customer statements and margin reports as JSON. Amounts are decimal strings with at
 * least the currency's fraction digits, next to a {@code currency} field, so that no JSON reader
 * turns them into binary floating point.
 */
final class StatementJson {

    private StatementJson() {
    }

    private static void amount(JsonGenerator g, String field, MonetaryAmount amount) throws IOException {
        g.writeStringField(field, ExactMoney.atCurrencyScale(amount).toPlainString());
    }

    /** An array of statement objects. */
    static void statements(JsonGenerator g, List<StatementDocument> docs) throws IOException {
        g.writeStartArray();
        for (StatementDocument doc : docs) {
            statement(g, doc);
        }
        g.writeEndArray();
    }

    private static void statement(JsonGenerator g, StatementDocument doc) throws IOException {
        CustomerStatement st = doc.statement();
        g.writeStartObject();
        g.writeStringField("statementNumber", doc.number());
        g.writeStringField("status", doc.status());
        Optional<IssuedStatement> issued = doc.issued();
        if (issued.isPresent()) {
            g.writeStringField("statementId", issued.get().id().value());
            g.writeStringField("issuedAt", issued.get().issuedAt().toString());
        }
        g.writeStringField("partnerId", st.reseller().value());
        g.writeStringField("customerId", st.customer().value());
        g.writeStringField("billingCycle", st.cycle().toString());
        g.writeStringField("currency", st.currency().getCurrencyCode());
        g.writeArrayFieldStart("lines");
        for (StatementLine l : st.lines()) {
            g.writeStartObject();
            g.writeStringField("orderId", l.orderId().value());
            if (l.originalOrderId().isPresent()) {
                g.writeStringField("originalOrderId", l.originalOrderId().get().value());
            }
            g.writeStringField("billType", l.billType().label());
            g.writeStringField("productId", l.product().value());
            g.writeStringField("productName", l.line().productName());
            g.writeStringField("transactionTime", l.line().transactionTime().toString());
            amount(g, "customerExpenditure", l.listAmount());
            amount(g, "customerAmount", l.customerAmount());
            if (l.rule().isPresent()) {
                g.writeStringField("priceRule", l.rule().get().value());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        amount(g, "expenditures", st.expenditures());
        amount(g, "refunds", st.refunds());
        amount(g, "adjustments", st.adjustments());
        amount(g, "unroundedSubtotal", st.unroundedSubtotal());
        amount(g, "subtotal", st.subtotal());
        amount(g, "roundingResidue", st.roundingResidue());
        g.writeArrayFieldStart("tax");
        for (TaxComponent c : st.tax().components()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("ratePercent", c.ratePercent().toPlainString());
            amount(g, "base", c.base());
            amount(g, "amount", c.amount());
            if (c.zeroRatingReason().isPresent()) {
                g.writeStringField("zeroRatingReason", c.zeroRatingReason().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        amount(g, "total", st.total());
        amount(g, "amountDue", st.amountDue());
        amount(g, "credit", st.credit());
        if (issued.isPresent()) {
            amount(g, "paid", issued.get().paid());
            amount(g, "outstanding", issued.get().outstanding());
        }
        g.writeEndObject();
    }

    /** One margin report object. */
    static void margin(JsonGenerator g, MarginReport m) throws IOException {
        g.writeStartObject();
        g.writeStringField("partnerId", m.reseller().value());
        g.writeStringField("billingCycle", m.cycle().toString());
        g.writeStringField("currency", m.currency().getCurrencyCode());
        rows(g, "byCustomer", m.byCustomer());
        rows(g, "byProduct", m.byProduct());
        amount(g, "revenue", m.revenue());
        amount(g, "cost", m.cost());
        amount(g, "margin", m.margin());
        if (m.marginPercent().isPresent()) {
            g.writeStringField("marginPercent", m.marginPercent().get().toPlainString());
        }
        amount(g, "statementSubtotals", m.statementSubtotals());
        amount(g, "revenueRoundingResidue", m.revenueRoundingResidue());
        amount(g, "netSettlement", m.netSettlement());
        amount(g, "costRoundingResidue", m.costRoundingResidue());
        g.writeEndObject();
    }

    private static void rows(JsonGenerator g, String field, List<MarginRow> rows) throws IOException {
        g.writeArrayFieldStart(field);
        for (MarginRow r : rows) {
            g.writeStartObject();
            g.writeStringField("key", r.key());
            amount(g, "revenue", r.revenue());
            amount(g, "cost", r.cost());
            amount(g, "margin", r.margin());
            Optional<BigDecimal> percent = r.marginPercent();
            if (percent.isPresent()) {
                g.writeStringField("marginPercent", percent.get().toPlainString());
            }
            g.writeNumberField("lines", r.lineCount());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
