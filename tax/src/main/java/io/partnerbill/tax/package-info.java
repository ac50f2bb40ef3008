/** partnerbill tax. */
@NullMarked
package io.partnerbill.tax;

import org.jspecify.annotations.NullMarked;
