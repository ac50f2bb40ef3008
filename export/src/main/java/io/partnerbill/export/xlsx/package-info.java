/**
 * XLSX workbooks through fastexcel. Not exported: reach it through {@code Exporter.xlsx()}.
 */
@NullMarked
package io.partnerbill.export.xlsx;

import org.jspecify.annotations.NullMarked;
