/**
 * A JDBC implementation of the partnerbill storage SPI: {@link io.partnerbill.jdbc.JdbcBillingStore}.
 */
@NullMarked
package io.partnerbill.jdbc;

import org.jspecify.annotations.NullMarked;
