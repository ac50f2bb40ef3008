package io.partnerbill.core.tax;

/**
 * Turns the taxable base of a bill into named tax components (the SPI the {@code tax}
 * module implements; {@link #none()} is the default).
 *
 * <p>Implementations round each component themselves and return amounts in the base's
 * currency. They must be thread-safe: one policy serves every bill of a facade.
 */
@FunctionalInterface
public interface TaxPolicy {

    /**
     * Computes the tax of a bill. The caller guarantees the base is positive; a policy never
     * sees a zero or negative base (the tax of a zero or negative net settlement is zero).
     *
     * @param request the partner, cycle, base and tax date, not null
     * @return the components, not null; empty for no tax
     */
    TaxBreakdown tax(TaxRequest request);

    /**
     * Returns the policy that charges no tax.
     *
     * @return the no-tax policy, not null
     */
    static TaxPolicy none() {
        return NoTax.INSTANCE;
    }
}
