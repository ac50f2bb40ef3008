/**
 * CSV files: bill details encoded straight into bytes, bills, statements and margin reports as rows. Not exported: reach it through {@code Exporter.csv()}.
 */
@NullMarked
package io.partnerbill.export.csv;

import org.jspecify.annotations.NullMarked;
