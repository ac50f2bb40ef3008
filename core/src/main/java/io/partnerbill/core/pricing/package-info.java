/**
 * A reseller's own prices for its customers: repricing rules by customer and product with an
 * effective cycle, and the margin report that reconciles customer revenue with the partner bill.
 */
@NullMarked
package io.partnerbill.core.pricing;

import org.jspecify.annotations.NullMarked;
