/**
 * The values of export history kept by {@link io.partnerbill.core.store.ExportTaskStore}:
 * tasks, their ids, kinds and statuses. The exporters themselves live in
 * {@code partnerbill-export}.
 */
@NullMarked
package io.partnerbill.core.export;

import org.jspecify.annotations.NullMarked;
