/**
 * Exact money inside partnerbill: {@link io.partnerbill.core.money.ExactMoney} owns the rules
 * (building a {@code MonetaryAmount}, canonical text, equality), and {@code LineUnits} and
 * {@code ExactSum} are its long fast path. Exported to partnerbill's own modules only; not API.
 */
@NullMarked
package io.partnerbill.core.money;

import org.jspecify.annotations.NullMarked;
