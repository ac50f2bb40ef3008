package io.partnerbill.core.bill;

import io.partnerbill.core.InvalidValueException;
import java.util.Objects;

/** An enum constant with the label the operator's files use for it. */
interface Labeled {

    String label();

    String name();

    /** Finds the constant whose label (or name) matches, ignoring case and surrounding blanks. */
    static <E extends Labeled> E find(E[] values, String label, String kind) {
        Objects.requireNonNull(label, "label");
        String wanted = label.strip();
        for (E e : values) {
            if (e.label().equalsIgnoreCase(wanted) || e.name().equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        throw new InvalidValueException("Unknown " + kind + " '" + label + "'");
    }
}
