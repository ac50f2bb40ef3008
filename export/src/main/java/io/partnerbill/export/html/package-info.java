/**
 * The self-contained HTML bill report, statements and details table. Not exported: reach it through {@code Exporter.html()}.
 */
@NullMarked
package io.partnerbill.export.html;

import org.jspecify.annotations.NullMarked;
