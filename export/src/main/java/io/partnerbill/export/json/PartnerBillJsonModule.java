package io.partnerbill.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.partnerbill.core.bill.BillDetailsColumn;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.CouponUse;
import io.partnerbill.core.bill.CustomerSummary;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.core.budget.BudgetAccount;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.payment.PaymentReceipt;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.export.format.BillDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * The Jackson module for partnerbill's values: {@link BillLine}, {@link BillDocument},
 * {@link MonthlyBill}, {@link IssuedBill} and the other results a service puts on the wire
 * (see {@link #setupModule}), each written and read back equal.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // finds this module
 * String json = mapper.writeValueAsString(bill);
 * MonthlyBill back = mapper.readValue(json, MonthlyBill.class);       // equals bill
 * }</pre>
 *
 * <p>Jackson finds the module through {@code META-INF/services} on the class path and through
 * {@code provides} on the module path; registering it by hand works too, and a second
 * registration is ignored.
 *
 * <p>Every amount is an object {@code {"amount":"550.00","currency":"USD"}}: the exact decimal
 * quoted with its scale (a line's amounts with at least 8 decimals), and its currency. The
 * module writes and reads it with jackson-datatype-javax-money through serializers of its own,
 * so the form is the same whether or not the mapper also has a {@code JavaxMoneyModule}, in
 * either order; the module leaves the mapper's own {@code MonetaryAmount} handling alone.
 * Identifiers, cycles, instants and discount rates are their canonical strings; enums are
 * their constant names. Malformed JSON is refused with a Jackson
 * {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} naming the field and value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartnerBillJsonModule extends Module {

    private static final Version VERSION = readVersion();

    private final SimpleModule delegate;

    /** Creates the module. */
    public PartnerBillJsonModule() {
        delegate = new SimpleModule("PartnerBillJsonModule.delegate");
        delegate.addSerializer(BillLine.class, new LineSerializer());
        delegate.addDeserializer(BillLine.class, new LineDeserializer());
        JsonCodec.add(delegate, BillDocument.class, BillJson::writeDocument, BillJson::readDocument);
        JsonCodec.add(delegate, MonthlyBill.class, BillJson::writeBill, BillJson::readBill);
        JsonCodec.add(delegate, IssuedBill.class, BillJson::writeIssued, BillJson::readIssued);
        JsonCodec.add(delegate, CouponUse.class, BillJson::writeCouponUse, BillJson::readCouponUse);
        JsonCodec.add(delegate, ProductSummary.class, BillJson::writeProduct, BillJson::readProduct);
        JsonCodec.add(delegate, CustomerSummary.class, BillJson::writeCustomer, BillJson::readCustomer);
        JsonCodec.add(delegate, BudgetAccount.class, ResultJson::writeBudgetAccount, ResultJson::readBudgetAccount);
        JsonCodec.add(delegate, PaymentReceipt.class, ResultJson::writeReceipt, ResultJson::readReceipt);
        JsonCodec.add(delegate, ExportTask.class, ResultJson::writeTask, ResultJson::readTask);
        JsonCodec.add(delegate, CustomerStatement.class, ResultJson::writeStatement, ResultJson::readStatement);
        JsonCodec.add(delegate, IssuedStatement.class, ResultJson::writeIssuedStatement,
                ResultJson::readIssuedStatement);
    }

    /**
     * Returns a new mapper with this module registered.
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

    /** @return the version of partnerbill-export this module comes with, such as {@code 0.2.0-SNAPSHOT} */
    @Override
    public Version version() {
        return VERSION;
    }

    /** The build writes the project's version into this resource (Maven resource filtering). */
    private static Version readVersion() {
        Properties p = new Properties();
        try (InputStream in = PartnerBillJsonModule.class.getResourceAsStream("partnerbill-export.properties")) {
            if (in == null) {
                throw new IllegalStateException("partnerbill-export.properties is missing from partnerbill-export");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
    }

    /**
     * Registers the serializers and deserializers of {@link BillLine}, {@link BillDocument},
     * {@link MonthlyBill}, {@link IssuedBill}, {@link CouponUse}, {@link ProductSummary},
     * {@link CustomerSummary}, {@link BudgetAccount}, {@link PaymentReceipt}, {@link ExportTask},
     * {@link CustomerStatement} and {@link IssuedStatement}.
     */
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
                        JsonAmounts.writeLine(g, p, column.key(), (MonetaryAmount) column.value(l));
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
            JsonFields f = new JsonFields(n, c, "BillLine");
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
}
