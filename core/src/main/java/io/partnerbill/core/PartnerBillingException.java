package io.partnerbill.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception that partnerbill throws for bad input or a refused operation.
 *
 * <p>A refused operation changes nothing; the message names the offending value, and
 * {@link #code()} says what kind of refusal it is. Subclasses carry the values that matter
 * (which order, customer, cycle, amounts) as accessors.
 */
public class PartnerBillingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /**
     * Creates an exception with a message and the code {@link ErrorCode#UNCLASSIFIED}.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public PartnerBillingException(String message) {
        this(ErrorCode.UNCLASSIFIED, message, null);
    }

    /**
     * Creates an exception with a message, a cause and the code {@link ErrorCode#UNCLASSIFIED}.
     *
     * @param message what was wrong, naming the bad value, not null
     * @param cause the underlying failure, or null if there is none
     */
    public PartnerBillingException(String message, @Nullable Throwable cause) {
        this(ErrorCode.UNCLASSIFIED, message, cause);
    }

    /**
     * Creates an exception of a given kind; for subclasses, which pass their own code so that
     * their subclasses inherit it.
     *
     * @param code the kind of refusal, not null
     * @param message what was wrong, naming the bad value, not null
     * @param cause the underlying failure, or null if there is none
     */
    protected PartnerBillingException(ErrorCode code, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Returns the kind of refusal, stable across releases.
     *
     * @return the code, not null
     */
    public final ErrorCode code() {
        return code;
    }
}
