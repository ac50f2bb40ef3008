package io.partnerbill.core;

/**
 * Thrown when a refund or fee adjustment is dated before the order it names: it would land in
 * an earlier cycle than the order's and turn that cycle's bill negative. The message names the
 * refund's or adjustment's id and instant and the original order's. An instant equal to the
 * order's is accepted.
 */
public class BeforeOriginalOrderException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming both instants, not null
     */
    public BeforeOriginalOrderException(String message) {
        super(message);
    }
}
