package io.partnerbill.core.tax;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * What a {@link TaxPolicy} is asked: the tax on {@code base} for a partner's bill of a cycle,
 * at the rates in force on {@code taxDate}.
 *
 * @param partner the partner billed, not null
 * @param cycle the bill cycle, not null
 * @param base the taxable base (the net settlement before coupons, DOMAIN.md §8.1), not null
 * @param taxDate the date whose rates apply (the cycle's issue date by default), not null
 */
public record TaxRequest(PartnerId partner, BillCycle cycle, MonetaryAmount base, LocalDate taxDate) {

    /** Checks that no component is null. */
    public TaxRequest {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(taxDate, "taxDate");
    }
}
