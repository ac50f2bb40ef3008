/** The tax SPI: a policy that turns a taxable base into named tax components. */
@NullMarked
package io.partnerbill.core.tax;

import org.jspecify.annotations.NullMarked;
