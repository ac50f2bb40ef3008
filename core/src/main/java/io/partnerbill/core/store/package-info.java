/** The storage SPI and its in-memory implementation. */
@NullMarked
package io.partnerbill.core.store;

import org.jspecify.annotations.NullMarked;
