/**
 * The importer of the operator's bill-details files, its CSV reader and parser, and reconciliation of a file against the bill.
 */
@NullMarked
package io.partnerbill.export.importing;

import org.jspecify.annotations.NullMarked;
