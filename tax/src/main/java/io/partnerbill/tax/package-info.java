/**
 * partnerbill tax: region tax rules as a core {@link io.partnerbill.core.tax.TaxPolicy}.
 *
 * <p>{@link io.partnerbill.tax.RegionTaxPolicy} combines partners'
 * {@link io.partnerbill.tax.TaxRegistration}s, the operator's {@link io.partnerbill.tax.Supplier},
 * a {@link io.partnerbill.tax.RateTable} with effective dates (built in, or loaded from CSV),
 * India's GST (CGST, SGST, UTGST, IGST, {@link io.partnerbill.tax.Gstin} validation), the EU
 * reverse charge and a {@link io.partnerbill.tax.TaxRounding} per jurisdiction.
 */
@NullMarked
package io.partnerbill.tax;

import org.jspecify.annotations.NullMarked;
