package io.partnerbill.tax;

import io.partnerbill.core.ErrorCode;
import io.partnerbill.core.PartnerBillingException;

/**
 * Thrown when a rate table has no rate in force for a region on the tax date: a region that
 * is missing from the table, or a date before its first row or in a gap between rows.
 */
public class NoTaxRateException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which region, tax and date, not null
     */
    public NoTaxRateException(String message) {
        super(ErrorCode.NO_TAX_RATE, message, null);
    }
}
