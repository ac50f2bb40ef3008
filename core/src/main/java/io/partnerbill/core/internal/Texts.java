package io.partnerbill.core.internal;

import io.partnerbill.core.InvalidValueException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Checks of the free-text fields of domain values. */
public final class Texts {

    private Texts() {
    }

    /**
     * Returns a text that must be present and not blank.
     *
     * @param text the text
     * @param owner what it belongs to, such as "Discount", for the message
     * @param name the field's name, for the message
     * @throws NullPointerException if the text is missing
     * @throws InvalidValueException naming owner, field and value if it is blank
     */
    public static String requireNonBlank(@Nullable String text, String owner, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new InvalidValueException(owner + " " + name + " must not be blank, was '" + text + "'");
        }
        return text;
    }
}
