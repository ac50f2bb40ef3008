package io.partnerbill.tax;

import static io.partnerbill.tax.TaxFixtures.DATE;
import static io.partnerbill.tax.TaxFixtures.INDIA_SUPPLIER;
import static io.partnerbill.tax.TaxFixtures.PARTNER;
import static io.partnerbill.tax.TaxFixtures.PARTNER_KARNATAKA;
import static io.partnerbill.tax.TaxFixtures.describe;
import static io.partnerbill.tax.TaxFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxRequest;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Tax amounts are core's exact amounts whatever MonetaryAmount type the base came in. */
class TaxAmountTypeTest {

    @Test
    void tax_ofAFastMoneyBase_isExactMoneyAmounts() {
        // The amounts used to be built with the base's own factory: FastMoney (5 decimals at most) here.
        MonetaryAmount base = FastMoney.of(new BigDecimal("1000.05"), "INR");
        TaxBreakdown tax = policy(INDIA_SUPPLIER, TaxRegistration.india(PARTNER_KARNATAKA))
                .tax(new TaxRequest(PARTNER, BillCycle.of(2024, 5), base, DATE));

        // 1000.05 * 9 % = 90.0045 -> 90.00 for each half
        assertThat(describe(tax)).containsExactly("CGST 9% of 1000.05 = 90.00", "SGST 9% of 1000.05 = 90.00");
        for (TaxComponent c : tax.components()) {
            assertThat(c.amount()).as(c.name()).isInstanceOf(Money.class);
            assertThat(c.amount().getContext().getPrecision()).as(c.name()).isZero();
        }
        assertThat(tax.total()).isInstanceOf(Money.class);
    }

    @Test
    void splitInclusive_ofAFastMoneyAmount_isExactMoneyAmounts() {
        MonetaryAmount inclusive = FastMoney.of(new BigDecimal("1180.00"), "INR");
        InclusiveSplit split = policy(INDIA_SUPPLIER, TaxRegistration.india(PARTNER_KARNATAKA))
                .splitInclusive(new TaxRequest(PARTNER, BillCycle.of(2024, 5), inclusive, DATE));

        // 1180.00 / 1.18 = 1000.00 base, 90.00 + 90.00 tax, nothing left over
        assertThat(split.base()).isInstanceOf(Money.class).isEqualTo(Money.of(new BigDecimal("1000"), "INR"));
        assertThat(split.residue()).isInstanceOf(Money.class);
        assertThat(split.residue().isZero()).isTrue();
        assertThat(describe(split.tax())).containsExactly("CGST 9% of 1000.00 = 90.00", "SGST 9% of 1000.00 = 90.00");
    }
}
