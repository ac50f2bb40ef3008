/**
 * The tax invoice of an issued bill or of an issued customer statement, as a value that the PDF
 * and UBL writers render: issuer and recipient, lines by product with the Others group, taxes
 * under their local names, totals and the fields a jurisdiction requires.
 */
@NullMarked
package io.partnerbill.export.invoice;

import org.jspecify.annotations.NullMarked;
