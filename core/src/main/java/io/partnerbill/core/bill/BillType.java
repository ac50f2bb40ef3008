package io.partnerbill.core.bill;

import io.partnerbill.core.InvalidValueException;

/** The kind of a bill line: what the customer bought, got back, or had corrected. */
public enum BillType implements Labeled {
    /** A purchase, renewal or usage: amounts are zero or positive. */
    EXPENDITURE("Expenditure"),
    /** Money back for an unsubscription or a downgrade: amounts are zero or negative, the original order is named. */
    REFUND("Refund"),
    /** A correction of either sign. */
    ADJUSTMENT("Adjustment");

    private final String label;

    BillType(String label) {
        this.label = label;
    }

    /**
     * Returns the label the operator's bill-details file uses.
     *
     * @return the label, such as "Expenditure", not null
     */
    @Override
    public String label() {
        return label;
    }

    /**
     * Returns the type of an operator label (or of a constant's name), ignoring case.
     *
     * @param label the label, not null
     * @return the type, not null
     * @throws InvalidValueException if no type has that label
     */
    public static BillType fromLabel(String label) {
        return Labeled.find(values(), label, "bill type");
    }
}
