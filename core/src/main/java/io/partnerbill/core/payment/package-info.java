/** Repayment of issued bills: payments, their application to bills, cash coupons and partner credit. */
@NullMarked
package io.partnerbill.core.payment;

import org.jspecify.annotations.NullMarked;
