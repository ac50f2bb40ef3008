/**
 * What every export format is written against: the documents it writes ({@link io.partnerbill.export.format.BillDocument}, {@link io.partnerbill.export.format.StatementDocument}), the {@link io.partnerbill.export.format.ExportContext} and {@link io.partnerbill.export.format.NameDirectory} it is given, the {@link io.partnerbill.export.format.LineWriter} it returns, the {@link io.partnerbill.export.format.LineSource} it may read, and the operator's bill-details layout.
 */
@NullMarked
package io.partnerbill.export.format;

import org.jspecify.annotations.NullMarked;
