package io.partnerbill.tax;

import io.partnerbill.core.ErrorCode;
import io.partnerbill.core.InvalidValueException;

/**
 * Thrown when a GSTIN is malformed, has a wrong check character, or belongs to another state
 * than the one declared. The message names the GSTIN and what is wrong with it.
 */
public class InvalidGstinException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    private final String gstin;

    /**
     * Creates the exception.
     *
     * @param gstin the refused GSTIN as given, not null
     * @param message what was wrong, naming the GSTIN, not null
     */
    public InvalidGstinException(String gstin, String message) {
        super(ErrorCode.INVALID_GSTIN, message, null);
        this.gstin = gstin;
    }

    /** @return the refused GSTIN as given, not null */
    public String gstin() {
        return gstin;
    }
}
