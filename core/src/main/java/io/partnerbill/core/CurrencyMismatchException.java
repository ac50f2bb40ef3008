package io.partnerbill.core;

import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when amounts of two different currencies meet; the message names both currencies.
 */
public class CurrencyMismatchException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    private final @Nullable CurrencyUnit expected;
    private final @Nullable CurrencyUnit actual;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public CurrencyMismatchException(String message) {
        this(message, null, null);
    }

    /**
     * Creates the exception naming both currencies.
     *
     * @param expected the currency required, not null
     * @param actual the currency offered, not null
     * @param message what was wrong, naming both, not null
     */
    public CurrencyMismatchException(CurrencyUnit expected, CurrencyUnit actual, String message) {
        this(message, Objects.requireNonNull(expected, "expected"), Objects.requireNonNull(actual, "actual"));
    }

    private CurrencyMismatchException(String message, @Nullable CurrencyUnit expected, @Nullable CurrencyUnit actual) {
        super(ErrorCode.CURRENCY_MISMATCH, message, null);
        this.expected = expected;
        this.actual = actual;
    }

    /** @return the currency required, or empty if the thrower did not name it, not null */
    public Optional<CurrencyUnit> expected() {
        return Optional.ofNullable(expected);
    }

    /** @return the currency offered, or empty if the thrower did not name it, not null */
    public Optional<CurrencyUnit> actual() {
        return Optional.ofNullable(actual);
    }
}
