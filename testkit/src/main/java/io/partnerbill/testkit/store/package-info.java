/**
 * The abstract contract suites every storage SPI implementation must pass: extend one, return a
 * new empty store from {@code createStore()}, and run it with JUnit 5.
 */
@NullMarked
package io.partnerbill.testkit.store;

import org.jspecify.annotations.NullMarked;
