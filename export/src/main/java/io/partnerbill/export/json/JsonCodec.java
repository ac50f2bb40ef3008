package io.partnerbill.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What every partnerbill type's JSON shares: an object of fields written by one function and read
 * by another, and the check that the figures a type derives agree with the parts it is rebuilt from.
 */
final class JsonCodec {

    /** Writes the fields of one value, between the braces the caller writes. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T value, JsonGenerator g, SerializerProvider p) throws IOException;
    }

    /** Reads one value from the fields of its object. */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonFields fields) throws IOException;
    }

    private JsonCodec() {
    }

    /** Registers the serializer and the deserializer of one type; its JSON is named by its simple name in errors. */
    static <T> void add(SimpleModule module, Class<T> type, Writer<T> writer, Reader<T> reader) {
        module.addSerializer(type, serializer(writer));
        module.addDeserializer(type, deserializer(type.getSimpleName(), reader));
    }

    private static <T> JsonSerializer<T> serializer(Writer<T> writer) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartObject();
                writer.write(value, g, p);
                g.writeEndObject();
            }
        };
    }

    private static <T> JsonDeserializer<T> deserializer(String type, Reader<T> reader) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext c) throws IOException {
                JsonNode tree = parser.readValueAsTree();
                if (tree == null || !tree.isObject()) {
                    return c.reportInputMismatch(Object.class, "%s JSON must be an object, was %s", type, tree);
                }
                return reader.read(new JsonFields(tree, c, type));
            }
        };
    }

    /** Writes text fields: a name, then its value, then the next name, and so on. */
    static void writeTexts(JsonGenerator g, String... namesAndValues) throws IOException {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            g.writeStringField(namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    static <T> void writeArray(JsonGenerator g, SerializerProvider p, String name, List<T> values, Writer<T> writer)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (T value : values) {
            g.writeStartObject();
            writer.write(value, g, p);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * Refuses JSON whose derived fields disagree with the value rebuilt from its parts: the value is
     * written again and the named fields (all of them, if none is named) compared, amounts by value.
     */
    static void requireAgreement(JsonFields f, Object rebuilt, String source, String... fields) throws IOException {
        JsonNode expected = Canonical.MAPPER.valueToTree(rebuilt);
        List<String> names = new ArrayList<>(List.of(fields));
        if (names.isEmpty()) {
            expected.fieldNames().forEachRemaining(names::add);
        }
        for (String name : names) {
            JsonNode given = f.node(name);
            if (!same(given, expected.get(name))) {
                throw f.mismatch(name, given, "disagrees with " + source + ", which give " + expected.get(name), null);
            }
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (isAmount(a) && isAmount(b)) {
            return a.get("currency").asText().equals(b.get("currency").asText())
                    && sameDecimal(a.get("amount"), b.get("amount"));
        }
        if (a.isObject() && b.isObject() || a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            if (a.isArray()) {
                for (int i = 0; i < a.size(); i++) {
                    if (!same(a.get(i), b.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            for (Iterator<String> names = b.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!a.has(name) || !same(a.get(name), b.get(name))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static boolean isAmount(JsonNode n) {
        return n.isObject() && n.has("amount") && n.has("currency");
    }

    private static boolean sameDecimal(JsonNode a, JsonNode b) {
        try {
            return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A mapper of our own to write a value's canonical form, whatever the consumer's mapper holds. */
    private static final class Canonical {
        static final ObjectMapper MAPPER = PartnerBillJsonModule.newObjectMapper();
    }
}
