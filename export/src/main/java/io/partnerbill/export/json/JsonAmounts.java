package io.partnerbill.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.datatype.javax.money.AmountWriter;
import com.fasterxml.jackson.datatype.javax.money.JavaxMoneyModule;
import io.partnerbill.core.money.ExactMoney;
import java.io.IOException;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * The one written form of a partnerbill amount: {@code {"amount":"550.00","currency":"USD"}}, the
 * exact decimal quoted, with at least the currency's decimals (a line's amounts at least 8; Moneta
 * drops trailing zeros, so the scale an amount shows is that or more, never fewer), and its currency. jackson-datatype-javax-money writes and
 * reads it, through serializers of our own that the consumer's mapper never configures: an amount
 * comes out the same whether or not (and before or after) the consumer registered a
 * {@code JavaxMoneyModule} with other settings.
 */
final class JsonAmounts {

    /** Line amounts show at least 8 decimals. */
    static final int LINE_SCALE = ExactMoney.LINE_SCALE;

    private static final Writer EXACT = writer(0);
    private static final Writer LINE = writer(LINE_SCALE);
    private static final ObjectMapper READER = new ObjectMapper()
            .registerModule(new JavaxMoneyModule().withQuotedDecimalNumbers().withMonetaryAmountFactory(ExactMoney::monetary));

    private JsonAmounts() {
    }

    /**
     * jackson-datatype-javax-money's serializer with the mapper it came from: the currency is
     * written through that mapper's providers too, never through the consumer's.
     */
    private record Writer(ObjectMapper mapper, JsonSerializer<Object> serializer) {
        void write(JsonGenerator g, String name, MonetaryAmount amount) throws IOException {
            g.writeFieldName(name);
            serializer.serialize(amount, g, mapper.getSerializerProviderInstance());
        }
    }

    private static Writer writer(int minScale) {
        AmountWriter<String> quoted = new AmountWriter<>() {
            @Override
            public Class<String> getType() {
                return String.class;
            }

            @Override
            public String write(MonetaryAmount amount) {
                BigDecimal value = ExactMoney.decimal(amount);
                int currencyScale = amount.getCurrency().getDefaultFractionDigits();
                return value.setScale(Math.max(value.scale(), Math.max(minScale, currencyScale))).toPlainString();
            }
        };
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaxMoneyModule().withNumbers(quoted));
        try {
            return new Writer(mapper, mapper.getSerializerProviderInstance().findValueSerializer(MonetaryAmount.class));
        } catch (JsonMappingException e) {
            throw new IllegalStateException("jackson-datatype-javax-money has no MonetaryAmount serializer", e);
        }
    }

    /** Writes a field holding the amount exactly, with at least its currency's decimals. */
    static void write(JsonGenerator g, SerializerProvider p, String name, MonetaryAmount amount) throws IOException {
        EXACT.write(g, name, amount);
    }

    /** Writes a field holding a line's amount, with at least 8 decimals. */
    static void writeLine(JsonGenerator g, SerializerProvider p, String name, MonetaryAmount amount) throws IOException {
        LINE.write(g, name, amount);
    }

    /** Reads an amount object back into partnerbill's exact amount. */
    static MonetaryAmount read(JsonNode amount) throws IOException {
        if (!amount.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        return READER.treeToValue(amount, MonetaryAmount.class);
    }
}
