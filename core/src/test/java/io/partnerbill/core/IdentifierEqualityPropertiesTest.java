package io.partnerbill.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Identifier equality (which looks at the cached hash first) is: same kind and same text. */
class IdentifierEqualityPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        // "Aa" and "BB" (and their repeats) share String.hashCode: equal hashes, different texts.
        return Arbitraries.oneOf(Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "O1", "O2"),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6));
    }

    @Property(tries = 500)
    void equal_exactlyForSameKindAndText(@ForAll("texts") String a, @ForAll("texts") String b) {
        assertThat(OrderId.of(a).equals(OrderId.of(b))).isEqualTo(a.equals(b));
        assertThat(CustomerId.of(a).equals(CustomerId.of(b))).isEqualTo(a.equals(b));
        assertThat(OrderId.of(a).equals(CustomerId.of(b))).isFalse();
        if (a.equals(b)) {
            assertThat(OrderId.of(a).hashCode()).isEqualTo(OrderId.of(b).hashCode());
        }
        assertThat(OrderId.of(a).equals(null)).isFalse();
        assertThat(OrderId.of(a).equals((Object) a)).isFalse();
    }
}
