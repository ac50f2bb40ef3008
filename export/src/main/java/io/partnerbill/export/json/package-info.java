/**
 * JSON: the Jackson module for bill lines, bills, issued bills and the other results a service puts on
 * the wire, each read back equal, with one written form for amounts.
 */
@NullMarked
package io.partnerbill.export.json;

import org.jspecify.annotations.NullMarked;
