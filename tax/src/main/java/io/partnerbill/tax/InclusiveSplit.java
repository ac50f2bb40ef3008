package io.partnerbill.tax;

import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A tax-inclusive amount split into the base and the tax charged on that base, as
 * {@link RegionTaxPolicy#splitInclusive} computes it.
 *
 * <p>The tax is exactly what the policy charges on the base, so applying the policy to
 * {@link #base()} gives back {@link #tax()}. Because the base and each component are rounded,
 * base + tax can miss the inclusive amount by a little; that difference is kept visible as
 * {@link #residue()} (inclusive − base − tax) instead of being hidden in a component.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InclusiveSplit {

    private final MonetaryAmount inclusive;
    private final MonetaryAmount base;
    private final TaxBreakdown tax;

    InclusiveSplit(MonetaryAmount inclusive, MonetaryAmount base, TaxBreakdown tax) {
        this.inclusive = inclusive;
        this.base = base;
        this.tax = tax;
    }

    /** @return the tax-inclusive amount that was split, not null */
    public MonetaryAmount inclusive() {
        return inclusive;
    }

    /** @return the base before tax, at the currency's minor unit, not null */
    public MonetaryAmount base() {
        return base;
    }

    /** @return the tax charged on the base, not null */
    public TaxBreakdown tax() {
        return tax;
    }

    /** @return inclusive − base − tax total: the rounding the split could not avoid, not null */
    public MonetaryAmount residue() {
        BigDecimal r = ExactMoney.decimal(inclusive).subtract(ExactMoney.decimal(base)).subtract(ExactMoney.decimal(tax.total()));
        return ExactMoney.monetary(r, inclusive.getCurrency());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InclusiveSplit o && o.inclusive.isEqualTo(inclusive) && o.base.isEqualTo(base)
                && o.tax.equals(tax);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ExactMoney.decimal(base).stripTrailingZeros(), tax);
    }

    @Override
    public String toString() {
        return "InclusiveSplit[" + ExactMoney.plainText(inclusive) + " = " + ExactMoney.plainText(base) + " + " + tax
                + ", residue " + ExactMoney.plainText(residue()) + "]";
    }
}
