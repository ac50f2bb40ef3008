/**
 * partnerbill export, the entry points: {@link io.partnerbill.export.Exporter} and its built-in
 * formats ({@code Exporter.csv()}, {@code json()}, {@code xlsx()}, {@code html()}),
 * {@link io.partnerbill.export.Exporters} and {@link io.partnerbill.export.ChunkedDetails}.
 * Export tasks are in {@code io.partnerbill.export.tasks}, the importer and reconciliation in
 * {@code io.partnerbill.export.importing}, the types a format is written against in
 * {@code io.partnerbill.export.format}.
 */
@NullMarked
package io.partnerbill.export;

import org.jspecify.annotations.NullMarked;
