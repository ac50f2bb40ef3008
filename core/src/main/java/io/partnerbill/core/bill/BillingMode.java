package io.partnerbill.core.bill;

import io.partnerbill.core.InvalidValueException;

/** How a product is charged. */
public enum BillingMode implements Labeled {
    /** Charged by usage. */
    PAY_PER_USE("Pay-per-use"),
    /** Paid ahead for a year or a month. */
    YEARLY_MONTHLY("Yearly/Monthly"),
    /** A reserved instance's subscription fee. */
    RESERVED_INSTANCE_SUBSCRIPTION("Reserved instance (subscription)"),
    /** A reserved instance charged by the hour. */
    RESERVED_INSTANCE_HOURLY("Reserved instance (hourly)"),
    /** A savings plan's subscription fee. */
    SAVINGS_PLAN_SUBSCRIPTION("Savings plan (subscription)"),
    /** A savings plan charged by the hour. */
    SAVINGS_PLAN_HOURLY("Savings plan (hourly)"),
    /** Usage covered by a savings plan. */
    SAVINGS_PLAN_USED("Savings plan (used)");

    private final String label;

    BillingMode(String label) {
        this.label = label;
    }

    /**
     * Returns the label the operator's bill-details file uses.
     *
     * @return the label, not null
     */
    @Override
    public String label() {
        return label;
    }

    /**
     * Returns the mode of an operator label (or of a constant's name), ignoring case.
     *
     * @param label the label, not null
     * @return the mode, not null
     * @throws InvalidValueException if no mode has that label
     */
    public static BillingMode fromLabel(String label) {
        return Labeled.find(values(), label, "billing mode");
    }
}
