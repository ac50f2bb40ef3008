/**
 * The tax invoice as a UBL 2.1 Invoice (the EN 16931 core fields):
 * {@link io.partnerbill.export.ubl.UblInvoiceWriter}.
 */
@NullMarked
package io.partnerbill.export.ubl;

import org.jspecify.annotations.NullMarked;
