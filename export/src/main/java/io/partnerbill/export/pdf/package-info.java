/**
 * The tax invoice as PDF, through Apache PDFBox: {@link io.partnerbill.export.pdf.PdfInvoiceWriter}
 * and the fonts it embeds, {@link io.partnerbill.export.pdf.PdfFonts}.
 */
@NullMarked
package io.partnerbill.export.pdf;

import org.jspecify.annotations.NullMarked;
