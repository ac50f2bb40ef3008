package io.partnerbill.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BilledPartyTest {

    private static final PartnerId P1 = PartnerId.of("P-1");
    private static final CustomerId C1 = CustomerId.of("C-1");

    static Stream<Arguments> parties() {
        return Stream.of(
                // the operator bills a partner
                Arguments.of(BilledParty.partner(P1), "P-1", Optional.empty(), false, "partner P-1"),
                // a reseller bills one of its customers
                Arguments.of(BilledParty.customer(P1, C1), "P-1", Optional.of(C1), true, "customer C-1 of P-1"));
    }

    @ParameterizedTest
    @MethodSource("parties")
    void accessors_sayWhoIsBilledAndByWhichPartnerAccount(BilledParty party, String partner, Optional<CustomerId> customer,
            boolean isCustomer, String text) {
        assertThat(party.partner()).isEqualTo(PartnerId.of(partner));
        assertThat(party.customer()).isEqualTo(customer);
        assertThat(party.isCustomer()).isEqualTo(isCustomer);
        assertThat(party).hasToString(text);
    }

    @Test
    void equals_comparesPartnerAndCustomer() {
        assertThat(BilledParty.customer(P1, C1)).isEqualTo(BilledParty.customer(PartnerId.of("P-1"), CustomerId.of("C-1")))
                .hasSameHashCodeAs(BilledParty.customer(P1, C1))
                .isNotEqualTo(BilledParty.partner(P1))
                .isNotEqualTo(BilledParty.customer(PartnerId.of("P-2"), C1))
                .isNotEqualTo(BilledParty.customer(P1, CustomerId.of("C-2")));
        assertThat(BilledParty.partner(P1)).isEqualTo(BilledParty.partner(PartnerId.of("P-1")))
                .isNotEqualTo(BilledParty.partner(PartnerId.of("P-2")));
    }

    @Test
    void factories_refuseNull() {
        assertThatThrownBy(() -> BilledParty.partner(null)).isInstanceOf(NullPointerException.class).hasMessage("partner");
        assertThatThrownBy(() -> BilledParty.customer(null, C1)).isInstanceOf(NullPointerException.class)
                .hasMessage("reseller");
        assertThatThrownBy(() -> BilledParty.customer(P1, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("customer");
    }
}
