package io.partnerbill.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.javax.money.AmountWriter;
import com.fasterxml.jackson.datatype.javax.money.JavaxMoneyModule;
import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillDetailsColumn;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.CustomerSummary;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.core.money.ExactMoney;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * The Jackson module for partnerbill's exported values: {@link BillLine},
 * {@link BillDocument} (read and written) and {@link MonthlyBill} (written as its
 * {@code BillDocument}). Register it on your own mapper:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PartnerBillJsonModule());
 * String json = mapper.writeValueAsString(line);
 * BillLine back = mapper.readValue(json, BillLine.class);   // equals line
 * }</pre>
 *
 * <p>Amounts are objects {@code {"amount":"12.50000000","currency":"USD"}} written and read by
 * jackson-datatype-javax-money with quoted decimals, which this module registers as its
 * dependency (configured to keep every decimal: no amount is rounded on the way in). A line's
 * amounts show at least 8 decimals, a bill's at least the currency's. If the
 * mapper already has a {@code JavaxMoneyModule}, Jackson keeps that one and its settings.
 * Identifiers, cycles, instants and discount rates are their canonical strings; enums are
 * their constant names.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartnerBillJsonModule extends Module {

    /**
     * jackson-datatype-javax-money's serializer, set to write a line's amounts with at least
     * 8 decimals: Moneta drops trailing zeros from its amounts, which the module's own quoted
     * decimals would then show at the currency's scale ("12.50" instead of "12.50000000").
     */
    private static final JsonSerializer<Object> LINE_AMOUNT = lineAmountSerializer();

    private static JsonSerializer<Object> lineAmountSerializer() {
        AmountWriter<String> lineScale = new AmountWriter<>() {
            @Override
            public Class<String> getType() {
                return String.class;
            }

            @Override
            public String write(MonetaryAmount amount) {
                BigDecimal value = ExactMoney.decimal(amount);
                return value.setScale(Math.max(value.scale(), LINE_SCALE)).toPlainString();
            }
        };
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaxMoneyModule().withNumbers(lineScale));
        try {
            return mapper.getSerializerProviderInstance().findValueSerializer(MonetaryAmount.class);
        } catch (JsonMappingException e) {
            throw new IllegalStateException("jackson-datatype-javax-money has no MonetaryAmount serializer", e);
        }
    }

    private static final int LINE_SCALE = 8;

    private final SimpleModule delegate;

    /** Creates the module. */
    public PartnerBillJsonModule() {
        delegate = new SimpleModule("PartnerBillJsonModule.delegate");
        delegate.addSerializer(BillLine.class, new LineSerializer());
        delegate.addDeserializer(BillLine.class, new LineDeserializer());
        delegate.addSerializer(BillDocument.class, new DocumentSerializer());
        delegate.addDeserializer(BillDocument.class, new DocumentDeserializer());
        delegate.addSerializer(MonthlyBill.class, new JsonSerializer<MonthlyBill>() {
            @Override
            public void serialize(MonthlyBill bill, JsonGenerator g, SerializerProvider p) throws IOException {
                p.defaultSerializeValue(BillDocument.of(bill), g);
            }
        });
    }

    /**
     * Returns a new mapper with this module (and its money module) registered.
     *
     * @return the mapper, not null
     */
    public static ObjectMapper newObjectMapper() {
        return new ObjectMapper().registerModule(new PartnerBillJsonModule());
    }

    @Override
    public String getModuleName() {
        return "PartnerBillJsonModule";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaxMoneyModule().withQuotedDecimalNumbers().withMonetaryAmountFactory(ExactMoney::monetary));
    }

    @Override
    public void setupModule(SetupContext context) {
        delegate.setupModule(context);
    }

    // ---- lines

    /**
     * A line's JSON fields: every column of the description that is part of a line, under its
     * key, in the description's order, except that cycle, partner and customer come first (the
     * order JSON exports have always had).
     */
    static final List<BillDetailsColumn> LINE_FIELDS = lineFields();

    private static List<BillDetailsColumn> lineFields() {
        List<BillDetailsColumn> first = List.of(BillDetailsColumn.BILLING_CYCLE, BillDetailsColumn.PARTNER_ID,
                BillDetailsColumn.CUSTOMER_ID);
        List<BillDetailsColumn> fields = new ArrayList<>(first);
        for (BillDetailsColumn column : BillDetailsColumn.values()) {
            if (column.isOnLine() && !first.contains(column)) {
                fields.add(column);
            }
        }
        return List.copyOf(fields);
    }

    private static final class LineSerializer extends JsonSerializer<BillLine> {
        @Override
        public void serialize(BillLine l, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            for (BillDetailsColumn column : LINE_FIELDS) {
                switch (column.kind()) {
                    case AMOUNT -> {
                        g.writeFieldName(column.key());
                        LINE_AMOUNT.serialize((MonetaryAmount) column.value(l), g, p);
                    }
                    // Enums as their constant names, not the operator's labels.
                    case LABEL -> g.writeStringField(column.key(), ((Enum<?>) column.value(l)).name());
                    default -> {
                        String text = column.text(l);
                        // An absent original order is left out; empty optional texts are written.
                        if (column != BillDetailsColumn.ORIGINAL_ORDER_ID || !text.isEmpty()) {
                            g.writeStringField(column.key(), text);
                        }
                    }
                }
            }
            g.writeEndObject();
        }
    }

    /** ISO 4217's "no currency": a line's JSON amounts are objects with their own currency, never text to parse. */
    private static final CurrencyUnit NO_CURRENCY = Monetary.getCurrency("XXX");

    private static final class LineDeserializer extends JsonDeserializer<BillLine> {
        @Override
        public BillLine deserialize(JsonParser parser, DeserializationContext c) throws IOException {
            JsonNode n = parser.readValueAsTree();
            Fields f = new Fields(n, c, "BillLine");
            BillLine.Builder b = BillLine.builder();
            for (BillDetailsColumn column : LINE_FIELDS) {
                String key = column.key();
                if (column.kind() == BillDetailsColumn.Kind.AMOUNT) {
                    MonetaryAmount amount = f.money(key);
                    if (column == BillDetailsColumn.CUSTOMER_EXPENDITURE) {
                        b.customerExpenditure(amount);
                    } else {
                        b.settlementAmount(amount);
                    }
                } else if (column == BillDetailsColumn.ORIGINAL_ORDER_ID) {
                    // read after the loop, last, as it always was
                } else if (column.presence() == BillDetailsColumn.Presence.OPTIONAL) {
                    column.parse(b, f.optionalText(key), NO_CURRENCY);
                } else {
                    column.parse(b, f.text(key), NO_CURRENCY);
                }
            }
            String original = f.optionalText(BillDetailsColumn.ORIGINAL_ORDER_ID.key());
            if (!original.isEmpty()) {
                BillDetailsColumn.ORIGINAL_ORDER_ID.parse(b, original, NO_CURRENCY);
            }
            return b.build();
        }
    }

    // ---- bills

    private static final class DocumentSerializer extends JsonSerializer<BillDocument> {
        @Override
        public void serialize(BillDocument d, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("partner", d.partner().value());
            g.writeStringField("cycle", d.cycle().toString());
            g.writeStringField("currency", d.currency().getCurrencyCode());
            g.writeStringField("rounding", d.rounding().toString());
            g.writeNumberField("lineCount", d.lineCount());
            money(g, p, "customerExpenditure", d.customerExpenditure());
            money(g, p, "expenditures", d.expenditures());
            money(g, p, "refunds", d.refunds());
            money(g, p, "adjustments", d.adjustments());
            money(g, p, "netSettlement", d.netSettlement());
            money(g, p, "roundingResidue", d.roundingResidue());
            money(g, p, "couponsUsed", d.couponsUsed());
            g.writeObjectFieldStart("tax");
            money(g, p, "total", d.tax().total());
            g.writeArrayFieldStart("components");
            for (TaxComponent t : d.tax().components()) {
                g.writeStartObject();
                g.writeStringField("name", t.name());
                g.writeStringField("ratePercent", t.ratePercent().toPlainString());
                money(g, p, "base", t.base());
                money(g, p, "amount", t.amount());
                if (t.zeroRatingReason().isPresent()) {
                    g.writeStringField("zeroRatingReason", t.zeroRatingReason().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            money(g, p, "amountDue", d.amountDue());
            money(g, p, "credit", d.credit());
            g.writeObjectFieldStart("byProduct");
            g.writeArrayFieldStart("rows");
            for (ProductSummary r : d.products()) {
                g.writeStartObject();
                g.writeStringField("product", r.product().value());
                g.writeStringField("productName", r.productName());
                g.writeStringField("productType", r.productType());
                money(g, p, "customerExpenditure", r.customerExpenditure());
                money(g, p, "settlement", r.settlement());
                g.writeEndObject();
            }
            g.writeEndArray();
            money(g, p, "othersRefunds", d.othersRefunds());
            money(g, p, "othersAdjustments", d.othersAdjustments());
            money(g, p, "total", d.productTotal());
            money(g, p, "residue", d.productResidue());
            g.writeEndObject();
            g.writeObjectFieldStart("byCustomer");
            g.writeArrayFieldStart("rows");
            for (CustomerSummary r : d.customers()) {
                g.writeStartObject();
                g.writeStringField("customer", r.customer().value());
                money(g, p, "expenditures", r.expenditures());
                money(g, p, "refunds", r.refunds());
                money(g, p, "adjustments", r.adjustments());
                money(g, p, "total", r.total());
                g.writeNumberField("lineCount", r.lineCount());
                g.writeEndObject();
            }
            g.writeEndArray();
            money(g, p, "total", d.customerTotal());
            money(g, p, "residue", d.customerResidue());
            g.writeEndObject();
            g.writeEndObject();
        }

        private static void money(JsonGenerator g, SerializerProvider p, String name, MonetaryAmount amount)
                throws IOException {
            g.writeFieldName(name);
            p.defaultSerializeValue(amount, g);
        }
    }

    private static final class DocumentDeserializer extends JsonDeserializer<BillDocument> {
        @Override
        public BillDocument deserialize(JsonParser parser, DeserializationContext c) throws IOException {
            JsonNode n = parser.readValueAsTree();
            Fields f = new Fields(n, c, "BillDocument");
            BillDocument.Builder b = BillDocument.builder();
            b.partner(PartnerId.of(f.text("partner")));
            b.cycle(BillCycle.parse(f.text("cycle")));
            CurrencyUnit currency = Monetary.getCurrency(f.text("currency"));
            b.currency(currency);
            b.rounding(RoundingPolicy.parse(f.text("rounding")));
            b.lineCount(f.node("lineCount").asLong());
            b.customerExpenditure(f.money("customerExpenditure"));
            b.expenditures(f.money("expenditures"));
            b.refunds(f.money("refunds"));
            b.adjustments(f.money("adjustments"));
            b.netSettlement(f.money("netSettlement"));
            b.roundingResidue(f.money("roundingResidue"));
            b.couponsUsed(f.money("couponsUsed"));
            Fields tax = f.object("tax");
            List<TaxComponent> components = new ArrayList<>();
            for (JsonNode t : tax.node("components")) {
                Fields tf = new Fields(t, c, "TaxComponent");
                String reason = tf.optionalText("zeroRatingReason");
                components.add(reason.isEmpty()
                        ? TaxComponent.of(tf.text("name"), new BigDecimal(tf.text("ratePercent")), tf.money("base"),
                                tf.money("amount"))
                        : TaxComponent.zeroRated(tf.text("name"), tf.money("base"), reason));
            }
            b.tax(TaxBreakdown.of(currency, components));
            b.amountDue(f.money("amountDue"));
            b.credit(f.money("credit"));
            Fields byProduct = f.object("byProduct");
            List<ProductSummary> products = new ArrayList<>();
            for (JsonNode r : byProduct.node("rows")) {
                Fields rf = new Fields(r, c, "ProductSummary");
                products.add(new ProductSummary(ProductId.of(rf.text("product")), rf.text("productName"),
                        rf.text("productType"), rf.money("customerExpenditure"), rf.money("settlement")));
            }
            b.products(products);
            b.othersRefunds(byProduct.money("othersRefunds"));
            b.othersAdjustments(byProduct.money("othersAdjustments"));
            b.productTotal(byProduct.money("total"));
            b.productResidue(byProduct.money("residue"));
            Fields byCustomer = f.object("byCustomer");
            List<CustomerSummary> customers = new ArrayList<>();
            for (JsonNode r : byCustomer.node("rows")) {
                Fields rf = new Fields(r, c, "CustomerSummary");
                customers.add(new CustomerSummary(CustomerId.of(rf.text("customer")), rf.money("expenditures"),
                        rf.money("refunds"), rf.money("adjustments"), rf.money("total"), rf.node("lineCount").asLong()));
            }
            b.customers(customers);
            b.customerTotal(byCustomer.money("total"));
            b.customerResidue(byCustomer.money("residue"));
            return b.build();
        }
    }

    /** Reads the fields of one JSON object, reporting a missing one as a Jackson mismatch. */
    private static final class Fields {
        private final JsonNode node;
        private final DeserializationContext context;
        private final String type;

        Fields(JsonNode node, DeserializationContext context, String type) {
            this.node = node;
            this.context = context;
            this.type = type;
        }

        JsonNode node(String name) throws IOException {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return context.reportInputMismatch(BillLine.class, "%s JSON lacks the field '%s'", type, name);
            }
            return value;
        }

        String text(String name) throws IOException {
            return node(name).asText();
        }

        String optionalText(String name) {
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? "" : value.asText();
        }

        MonetaryAmount money(String name) throws IOException {
            return context.readTreeAsValue(node(name), MonetaryAmount.class);
        }

        Fields object(String name) throws IOException {
            return new Fields(node(name), context, type + "." + name);
        }
    }
}
