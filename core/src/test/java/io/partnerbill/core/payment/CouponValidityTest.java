package io.partnerbill.core.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.CouponId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ValidityPeriod;
import java.time.Instant;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;

/** A coupon's validity is its half-open {@code [validFrom, validUntil)}, as given. */
class CouponValidityTest {

    private static final MonetaryAmount HUNDRED = Money.of(100, "USD");

    @Property(tries = 300)
    void usableAt_isTheHalfOpenWindow(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long fromSecond,
            @ForAll @IntRange(min = 0, max = 999_999_999) int fromNano,
            @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long lengthNanos) {
        Instant from = Instant.ofEpochSecond(fromSecond, fromNano);
        Instant until = from.plusNanos(lengthNanos);
        Coupon coupon = Coupon.of(CouponId.of("C-1"), PartnerId.of("P-1"), HUNDRED, from, until);

        assertThat(coupon.validity()).isEqualTo(ValidityPeriod.of(from, until));
        assertThat(coupon.validFrom()).isEqualTo(from);
        assertThat(coupon.validUntil()).isEqualTo(until);
        for (Instant at : new Instant[] {from.minusNanos(1), from, from.plusNanos(1), until.minusNanos(1), until,
                until.plusNanos(1)}) {
            // the rule as the coupon states it, written out
            boolean expected = !at.isBefore(from) && at.isBefore(until);
            assertThat(coupon.usableAt(at)).as("%s in %s", at, coupon).isEqualTo(expected);
        }
        // used up, it is usable nowhere; a used coupon keeps its period
        Coupon spent = coupon.use(HUNDRED);
        assertThat(spent.usableAt(from)).isFalse();
        assertThat(spent.validity()).isEqualTo(coupon.validity());
    }
}
