package io.partnerbill.export.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one JSON object of a partnerbill type, reporting a missing or malformed
 * field as a Jackson {@link MismatchedInputException} that names the type, the field and the value.
 */
record JsonFields(JsonNode tree, DeserializationContext context, String type) {

    JsonNode node(String name) throws IOException {
        JsonNode value = tree.get(name);
        if (value == null || value.isNull()) {
            return context.reportInputMismatch(Object.class, "%s JSON lacks the field '%s'", type, name);
        }
        return value;
    }

    String text(String name) throws IOException {
        return node(name).asText();
    }

    String optionalText(String name) {
        JsonNode value = tree.get(name);
        return value == null || value.isNull() ? "" : value.asText();
    }

    long number(String name) throws IOException {
        JsonNode value = node(name);
        if (!value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw mismatch(name, value, "is not a whole number", null);
        }
        return value.asLong();
    }

    boolean bool(String name) throws IOException {
        JsonNode value = node(name);
        if (!value.isBoolean()) {
            throw mismatch(name, value, "is not true or false", null);
        }
        return value.booleanValue();
    }

    /**
     * Parses a text field; what the parser refuses (our domain exceptions among them) comes back as a
     * mismatch naming the field, with the refusal as its cause.
     */
    <T> T parsed(String name, Function<String, T> parser) throws IOException {
        JsonNode value = node(name);
        try {
            return parser.apply(value.asText());
        } catch (RuntimeException e) {
            throw mismatch(name, value, "is refused: " + e.getMessage(), e);
        }
    }

    /** Parses one element of a field, such as an entry of an array of texts. */
    <T> T parsed(String name, String text, Function<String, T> parser) throws IOException {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw mismatch(name, node(name), "is refused: " + e.getMessage(), e);
        }
    }

    Optional<String> optional(String name) {
        JsonNode value = tree.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    List<String> texts(String name) throws IOException {
        JsonNode array = node(name);
        if (!array.isArray()) {
            throw mismatch(name, array, "is not an array", null);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : array) {
            texts.add(element.asText());
        }
        return texts;
    }

    MonetaryAmount money(String name) throws IOException {
        JsonNode value = node(name);
        try {
            return JsonAmounts.read(value);
        } catch (IOException | RuntimeException e) {
            throw mismatch(name, value, "is not an amount {\"amount\":\"<decimal>\",\"currency\":\"<ISO 4217 code>\"}", e);
        }
    }

    JsonFields object(String name) throws IOException {
        return new JsonFields(node(name), context, type + "." + name);
    }

    /** Reads the elements of an array field, each from the fields of its object. */
    <T> List<T> list(String name, String elementType, JsonCodec.Reader<T> reader) throws IOException {
        JsonNode array = node(name);
        if (!array.isArray()) {
            throw mismatch(name, array, "is not an array", null);
        }
        List<T> elements = new ArrayList<>();
        for (JsonNode element : array) {
            elements.add(reader.read(new JsonFields(element, context, elementType)));
        }
        return elements;
    }

    MismatchedInputException mismatch(String name, JsonNode value, String problem, @Nullable Throwable cause) {
        MismatchedInputException e = MismatchedInputException.from(context.getParser(), (Class<?>) null,
                type + " JSON field '" + name + "' " + problem + ", was " + value);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }
}
