/** Generators and invariant assertions for property-based tests of billing code. */
@NullMarked
package io.partnerbill.testkit;

import org.jspecify.annotations.NullMarked;
