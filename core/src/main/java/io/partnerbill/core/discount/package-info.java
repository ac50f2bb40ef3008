/** Seller-authorized discounts and settlement prices. */
@NullMarked
package io.partnerbill.core.discount;

import org.jspecify.annotations.NullMarked;
