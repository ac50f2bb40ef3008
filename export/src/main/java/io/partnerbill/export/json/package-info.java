/**
 * JSON: the Jackson module for bill lines and bill documents.
 */
@NullMarked
package io.partnerbill.export.json;

import org.jspecify.annotations.NullMarked;
