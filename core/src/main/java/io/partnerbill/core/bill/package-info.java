/** Bill lines, their aggregation and the monthly partner bill. */
@NullMarked
package io.partnerbill.core.bill;

import org.jspecify.annotations.NullMarked;
