/** partnerbill export. */
@NullMarked
package io.partnerbill.export;

import org.jspecify.annotations.NullMarked;
