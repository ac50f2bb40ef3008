/** The {@code partnerbill} commands; the entry point is {@link io.partnerbill.cli.PartnerbillCli}. */
@NullMarked
package io.partnerbill.cli;

import org.jspecify.annotations.NullMarked;
