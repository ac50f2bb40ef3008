/**
 * The customer side: customer statements at the customer's price with the reseller's own tax,
 * and the payments a reseller collects from its customers.
 */
@NullMarked
package io.partnerbill.core.statement;

import org.jspecify.annotations.NullMarked;
