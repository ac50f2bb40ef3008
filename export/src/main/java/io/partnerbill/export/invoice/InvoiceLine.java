package io.partnerbill.export.invoice;

import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One line of a tax invoice as the bill shows it: a product's settlement, the Others group
 * (refunds and adjustments), or the rounding residue that makes the lines add up to the total.
 *
 * @param description what the line is, such as the product's name, not null
 * @param amount the line's amount, rounded as the bill rounds it, not null
 * @param serviceCode the service accounting code (India's SAC), or empty, not null
 */
public record InvoiceLine(String description, MonetaryAmount amount, Optional<String> serviceCode) {

    /** Checks that no component is null. */
    public InvoiceLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(serviceCode, "serviceCode");
    }
}
