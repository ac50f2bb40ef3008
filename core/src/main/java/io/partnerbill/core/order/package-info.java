/** Orders, refunds and fee adjustments: from a customer's order to a budget deduction and a bill line. */
@NullMarked
package io.partnerbill.core.order;

import org.jspecify.annotations.NullMarked;
