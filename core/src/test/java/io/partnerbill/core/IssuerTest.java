package io.partnerbill.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssuerTest {

    @Test
    void of_givesTheOperatorForAPartnerAndTheResellerForItsCustomer() {
        PartnerId reseller = PartnerId.of("R-1");
        assertThat(Issuer.of(BilledParty.partner(reseller))).isEqualTo(Issuer.operator());
        assertThat(Issuer.of(BilledParty.customer(reseller, CustomerId.of("C-1")))).isEqualTo(Issuer.reseller(reseller))
                .hasToString("reseller:R-1");
        assertThat(Issuer.reseller(reseller).reseller()).contains(reseller);
        assertThat(Issuer.operator().reseller()).isEmpty();
        assertThat(Issuer.operator().isOperator()).isTrue();
        assertThat(Issuer.reseller(reseller).isOperator()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"operator", "reseller:R-1", "reseller:operator"})
    void parse_readsToString(String text) {
        assertThat(Issuer.parse(text)).hasToString(text);
        assertThat(Issuer.parse(text)).isEqualTo(Issuer.parse(Issuer.parse(text).toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Operator", "reseller", "partner:R-1"})
    void parse_refusesOtherText(String text) {
        assertThatThrownBy(() -> Issuer.parse(text)).isInstanceOf(InvalidValueException.class)
                .hasMessage("An issuer is 'operator' or 'reseller:<partner id>', was '" + text + "'");
    }
}
