package io.partnerbill.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillId;
import io.partnerbill.core.BilledParty;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.Identifier;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.PriceRuleId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.budget.BudgetAccount;
import io.partnerbill.core.budget.BudgetType;
import io.partnerbill.core.budget.FreezeReason;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.export.ExportTaskId;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.payment.PaymentReceipt;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * JSON of the other results a service puts on the wire: {@link BudgetAccount},
 * {@link PaymentReceipt}, {@link ExportTask}, {@link CustomerStatement} and {@link IssuedStatement}.
 * Optional values are left out when absent; enums are their constant names.
 */
final class ResultJson {

    private ResultJson() {
    }

    // ---- budgets

    static void writeBudgetAccount(BudgetAccount a, JsonGenerator g, SerializerProvider p) throws IOException {
        JsonCodec.writeTexts(g, "customer", a.customer().value(), "currency", a.currency().getCurrencyCode(),
                "period", a.period().toString());
        if (a.budget().isPresent()) {
            g.writeObjectFieldStart("budget");
            g.writeStringField("type", a.budget().get().type().name());
            JsonAmounts.write(g, p, "amount", a.budget().get().amount());
            g.writeEndObject();
        }
        JsonAmounts.writeLine(g, p, "used", a.used());
        JsonAmounts.writeLine(g, p, "remaining", a.remaining());
        g.writeBooleanField("frozen", a.isFrozen());
        g.writeArrayFieldStart("freezeReasons");
        for (FreezeReason reason : a.freezeReasons()) {
            g.writeString(reason.name());
        }
        g.writeEndArray();
        g.writeBooleanField("autoFreeze", a.autoFreeze());
    }

    static BudgetAccount readBudgetAccount(JsonFields f) throws IOException {
        Budget budget = null;
        if (f.tree().hasNonNull("budget")) {
            JsonFields b = f.object("budget");
            budget = Budget.of(b.parsed("type", BudgetType::valueOf), b.money("amount"));
        }
        Set<FreezeReason> reasons = EnumSet.noneOf(FreezeReason.class);
        for (String reason : f.texts("freezeReasons")) {
            reasons.add(f.parsed("freezeReasons", reason, FreezeReason::valueOf));
        }
        BudgetAccount account = BudgetAccount.of(f.parsed("customer", CustomerId::of), currency(f, "currency"), budget,
                f.parsed("period", BillCycle::parse), ExactMoney.decimal(f.money("used")), reasons, f.bool("autoFreeze"));
        JsonCodec.requireAgreement(f, account, "the account's budget and use", "remaining", "frozen");
        return account;
    }

    // ---- payments

    static void writeReceipt(PaymentReceipt r, JsonGenerator g, SerializerProvider p) throws IOException {
        Payment payment = r.payment();
        g.writeObjectFieldStart("payment");
        g.writeStringField("reference", payment.reference().value());
        g.writeStringField("partner", payment.payer().partner().value());
        if (payment.payer().customer().isPresent()) {
            g.writeStringField("customer", payment.payer().customer().get().value());
        }
        JsonAmounts.write(g, p, "amount", payment.amount());
        g.writeStringField("receivedAt", payment.receivedAt().toString());
        g.writeStringField("method", payment.method().name());
        g.writeEndObject();
        JsonCodec.writeArray(g, p, "applications", r.applications(), (a, g2, p2) -> {
            g2.writeStringField("reference", a.reference().value());
            g2.writeStringField(a.document() instanceof BillId ? "bill" : "statement", a.document().value());
            JsonAmounts.write(g2, p2, "amount", a.amount());
        });
        JsonAmounts.write(g, p, "toCredit", r.toCredit());
    }

    static PaymentReceipt readReceipt(JsonFields f) throws IOException {
        JsonFields pf = f.object("payment");
        PartnerId partner = pf.parsed("partner", PartnerId::of);
        Optional<String> customer = pf.optional("customer");
        BilledParty payer = customer.isPresent()
                ? BilledParty.customer(partner, pf.parsed("customer", CustomerId::of)) : BilledParty.partner(partner);
        Payment payment = new Payment(pf.parsed("reference", PaymentReference::of), payer, pf.money("amount"),
                pf.parsed("receivedAt", Instant::parse), pf.parsed("method", PaymentMethod::valueOf));
        List<PaymentApplication> applications = f.list("applications", "PaymentApplication", a -> {
            Identifier document = a.tree().has("bill") ? a.parsed("bill", BillId::of)
                    : a.parsed("statement", StatementId::of);
            return new PaymentApplication(a.parsed("reference", PaymentReference::of), document, a.money("amount"));
        });
        return new PaymentReceipt(payment, applications, f.money("toCredit"));
    }

    // ---- export tasks

    static void writeTask(ExportTask t, JsonGenerator g, SerializerProvider p) throws IOException {
        JsonCodec.writeTexts(g, "id", t.id().value(), "kind", t.kind().name(), "partner", t.partner().value(),
                "cycle", t.cycle().toString(), "format", t.format(), "status", t.status().name(),
                "createdAt", t.createdAt().toString());
        if (t.finishedAt().isPresent()) {
            g.writeStringField("finishedAt", t.finishedAt().get().toString());
        }
        if (t.fileName().isPresent()) {
            g.writeStringField("fileName", t.fileName().get());
        }
        g.writeNumberField("rowCount", t.rowCount());
        g.writeNumberField("sizeBytes", t.sizeBytes());
        if (t.sha256().isPresent()) {
            g.writeStringField("sha256", t.sha256().get());
        }
        if (t.error().isPresent()) {
            g.writeStringField("error", t.error().get());
        }
    }

    static ExportTask readTask(JsonFields f) throws IOException {
        ExportTask.Builder b = ExportTask.builder().id(f.parsed("id", ExportTaskId::of))
                .kind(f.parsed("kind", ExportKind::valueOf)).partner(f.parsed("partner", PartnerId::of))
                .cycle(f.parsed("cycle", BillCycle::parse)).format(f.text("format"))
                .status(f.parsed("status", ExportStatus::valueOf)).createdAt(f.parsed("createdAt", Instant::parse))
                .rowCount(f.number("rowCount")).sizeBytes(f.number("sizeBytes"));
        if (f.optional("finishedAt").isPresent()) {
            b.finishedAt(f.parsed("finishedAt", Instant::parse));
        }
        f.optional("fileName").ifPresent(b::fileName);
        f.optional("sha256").ifPresent(b::sha256);
        f.optional("error").ifPresent(b::error);
        return b.build();
    }

    // ---- a reseller's statements to its customers

    /** What a statement derives from its lines (written before its tax) and from its tax (after), in order. */
    private static final Map<String, Function<CustomerStatement, MonetaryAmount>> SUBTOTALS = ordered(
            Map.entry("expenditures", CustomerStatement::expenditures), Map.entry("refunds", CustomerStatement::refunds),
            Map.entry("adjustments", CustomerStatement::adjustments), Map.entry("subtotal", CustomerStatement::subtotal),
            Map.entry("roundingResidue", CustomerStatement::roundingResidue));
    private static final Map<String, Function<CustomerStatement, MonetaryAmount>> TOTALS = ordered(
            Map.entry("total", CustomerStatement::total), Map.entry("amountDue", CustomerStatement::amountDue),
            Map.entry("credit", CustomerStatement::credit), Map.entry("settlementCost", CustomerStatement::settlementCost));

    @SafeVarargs
    private static <V> Map<String, V> ordered(Map.Entry<String, V>... entries) {
        Map<String, V> map = new LinkedHashMap<>();
        for (Map.Entry<String, V> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(map);
    }

    private static void writeTotals(JsonGenerator g, SerializerProvider p, CustomerStatement s,
            Map<String, Function<CustomerStatement, MonetaryAmount>> totals) throws IOException {
        for (Map.Entry<String, Function<CustomerStatement, MonetaryAmount>> t : totals.entrySet()) {
            JsonAmounts.write(g, p, t.getKey(), t.getValue().apply(s));
        }
    }

    static void writeStatement(CustomerStatement s, JsonGenerator g, SerializerProvider p) throws IOException {
        JsonCodec.writeTexts(g, "reseller", s.reseller().value(), "customer", s.customer().value(),
                "cycle", s.cycle().toString(), "currency", s.currency().getCurrencyCode(),
                "rounding", s.rounding().toString());
        writeTotals(g, p, s, SUBTOTALS);
        g.writeObjectFieldStart("tax");
        BillJson.writeTax(s.tax(), g, p);
        g.writeEndObject();
        writeTotals(g, p, s, TOTALS);
        JsonCodec.writeArray(g, p, "lines", s.lines(), (l, g2, p2) -> {
            g2.writeFieldName("line");
            p2.findValueSerializer(BillLine.class).serialize(l.line(), g2, p2);
            JsonAmounts.writeLine(g2, p2, "customerAmount", l.customerAmount());
            if (l.rule().isPresent()) {
                g2.writeStringField("rule", l.rule().get().value());
            }
        });
    }

    /** The totals a statement derives from its lines and tax must agree with them. */
    static CustomerStatement readStatement(JsonFields f) throws IOException {
        CurrencyUnit currency = currency(f, "currency");
        List<StatementLine> lines = f.list("lines", "StatementLine", l -> {
            BillLine line = f.context().readTreeAsValue(l.node("line"), BillLine.class);
            PriceRuleId rule = l.optional("rule").isPresent() ? l.parsed("rule", PriceRuleId::of) : null;
            return new StatementLine(line, l.money("customerAmount"), rule);
        });
        CustomerStatement statement = CustomerStatement.of(f.parsed("reseller", PartnerId::of),
                f.parsed("customer", CustomerId::of), f.parsed("cycle", BillCycle::parse), currency,
                f.parsed("rounding", RoundingPolicy::parse), lines, BillJson.readTax(f.object("tax"), currency));
        List<String> derived = new ArrayList<>(SUBTOTALS.keySet());
        derived.addAll(TOTALS.keySet());
        JsonCodec.requireAgreement(f, statement, "its lines and tax", derived.toArray(String[]::new));
        return statement;
    }

    static void writeIssuedStatement(IssuedStatement s, JsonGenerator g, SerializerProvider p)
            throws IOException {
        JsonCodec.writeTexts(g, "id", s.id().value(), "number", s.number(), "issuedAt", s.issuedAt().toString(),
                "reseller", s.reseller().value(), "customer", s.customer().value(), "cycle", s.cycle().toString(),
                "status", s.status().name());
        JsonAmounts.write(g, p, "paid", s.paid());
        JsonAmounts.write(g, p, "outstanding", s.outstanding());
        g.writeObjectFieldStart("statement");
        writeStatement(s.statement(), g, p);
        g.writeEndObject();
    }

    static IssuedStatement readIssuedStatement(JsonFields f) throws IOException {
        IssuedStatement issued = IssuedStatement.of(f.parsed("id", StatementId::of), f.text("number"),
                f.parsed("issuedAt", Instant::parse), readStatement(f.object("statement")), f.money("paid"));
        JsonCodec.requireAgreement(f, issued, "the statement's parts", "reseller", "customer", "cycle", "status",
                "outstanding");
        return issued;
    }

    private static CurrencyUnit currency(JsonFields f, String name) throws IOException {
        return f.parsed(name, Monetary::getCurrency);
    }
}
