/**
 * partnerbill testkit: jqwik arbitraries of billing values, AssertJ-style billing invariants and the
 * store contract suites, for our users' property-based tests and for ours.
 */
// jqwik's API jar is an automatic module; requiring it transitively is what lets users' tests see it.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.partnerbill.testkit {
    requires transitive io.partnerbill.core;
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.jspecify;
    // LogCapture listens where the JDK's System.Logger writes by default.
    requires java.logging;

    exports io.partnerbill.testkit;
    exports io.partnerbill.testkit.store;
}
