/**
 * The customer side: a reseller's price book (repricing rules), customer statements at the
 * customer's price with the reseller's own tax, customer payments, and the margin report that
 * reconciles customer revenue with the partner bill.
 */
@NullMarked
package io.partnerbill.core.statement;

import org.jspecify.annotations.NullMarked;
