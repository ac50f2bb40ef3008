/** Identifiers, cycles, calendar, rounding, errors and the {@code PartnerBilling} facade. */
@NullMarked
package io.partnerbill.core;

import org.jspecify.annotations.NullMarked;
