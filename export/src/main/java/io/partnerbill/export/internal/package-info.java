/**
 * Helpers several export packages share: cell escaping, exact money values, stream wrappers. Not exported: nothing here is API.
 */
@NullMarked
package io.partnerbill.export.internal;

import org.jspecify.annotations.NullMarked;
