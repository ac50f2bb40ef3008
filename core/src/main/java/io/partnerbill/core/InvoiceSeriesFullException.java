package io.partnerbill.core;

/**
 * Thrown when an issue would take a number that does not fit its series' width: the issue is
 * refused and takes no number, so the series stays gap-free once it is widened.
 */
public class InvoiceSeriesFullException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the series and the number, not null
     */
    public InvoiceSeriesFullException(String message) {
        super(ErrorCode.INVOICE_SERIES_FULL, message, null);
    }
}
