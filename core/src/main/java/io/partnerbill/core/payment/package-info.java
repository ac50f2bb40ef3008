/**
 * Payments of issued bills and customer statements (which side is the payer's {@code BilledParty}),
 * their application, cash coupons and partner credit.
 */
@NullMarked
package io.partnerbill.core.payment;

import org.jspecify.annotations.NullMarked;
