package io.partnerbill.core;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception that partnerbill throws for bad input or a refused operation.
 *
 * <p>A refused operation changes nothing; the message names the offending value, and
 * {@link #code()} says what kind of refusal it is. {@link #order()}, {@link #customer()},
 * {@link #partner()} and {@link #cycle()} name what it concerns where the thrower knows it, and
 * subclasses carry their own values (amounts, currencies) as accessors.
 */
public class PartnerBillingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final Concerns concerns;

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
        this(code, message, cause, null, null, null, null);
    }

    /**
     * Creates an exception of a given kind that names what it concerns; for subclasses.
     *
     * @param code the kind of refusal, not null
     * @param message what was wrong, naming the bad value, not null
     * @param cause the underlying failure, or null if there is none
     * @param order the order refused or concerned, or null
     * @param customer the customer concerned, or null
     * @param partner the partner (or reseller) concerned, or null
     * @param cycle the cycle concerned, or null
     */
    protected PartnerBillingException(ErrorCode code, String message, @Nullable Throwable cause,
            @Nullable OrderId order, @Nullable CustomerId customer, @Nullable PartnerId partner,
            @Nullable BillCycle cycle) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.concerns = new Concerns(order == null ? null : order.value(),
                customer == null ? null : customer.value(), partner == null ? null : partner.value(),
                cycle == null ? null : cycle.toString());
    }

    /**
     * What a refusal concerns, as the values' text: the exception stays serializable (Spark ships a
     * failed task's exception to the driver) without making the value types serializable. Each part
     * is null where it concerns none or the thrower did not say.
     */
    private record Concerns(@Nullable String order, @Nullable String customer, @Nullable String partner,
            @Nullable String cycle) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Returns the kind of refusal, stable across releases.
     *
     * @return the code, not null
     */
    public final ErrorCode code() {
        return code;
    }

    /** @return the order the refusal concerns, or empty if it concerns none or the thrower did not say, not null */
    public final Optional<OrderId> order() {
        return Optional.ofNullable(concerns.order()).map(OrderId::of);
    }

    /** @return the customer the refusal concerns, or empty if it concerns none or the thrower did not say, not null */
    public final Optional<CustomerId> customer() {
        return Optional.ofNullable(concerns.customer()).map(CustomerId::of);
    }

    /** @return the partner (or reseller) the refusal concerns, or empty if none or not said, not null */
    public final Optional<PartnerId> partner() {
        return Optional.ofNullable(concerns.partner()).map(PartnerId::of);
    }

    /** @return the billing cycle the refusal concerns, or empty if none or not said, not null */
    public final Optional<BillCycle> cycle() {
        return Optional.ofNullable(concerns.cycle()).map(BillCycle::parse);
    }
}
