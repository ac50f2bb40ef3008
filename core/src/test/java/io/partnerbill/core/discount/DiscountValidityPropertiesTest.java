package io.partnerbill.core.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.DiscountId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.ValidityPeriod;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * A discount's expiry is inclusive to the second, as the operator states it; it keeps the
 * half-open period {@code [effective, expiry + 1 s)}. The two forms agree on every instant near
 * the boundaries, cancelled or not.
 */
class DiscountValidityPropertiesTest {

    private static Discount discount(Instant effective, Instant expiry) {
        return Discount.builder().id(DiscountId.of("D-1")).partner(PartnerId.of("P-1")).product(ProductId.of("PRD-1"))
                .productName("Elastic Cloud Server").rate(DiscountRate.parse("12.00% off")).effective(effective)
                .expiry(expiry).build();
    }

    /** The rule as the operator states it: effective <= at, and at's second <= expiry. */
    private static boolean inclusiveRule(Instant effective, Instant expiry, Instant at) {
        return !at.isBefore(effective) && !at.truncatedTo(ChronoUnit.SECONDS).isAfter(expiry);
    }

    private static List<Instant> aroundBoundaries(Instant effective, Instant expiry, Instant canceledAt, long anyNanos) {
        List<Instant> at = new ArrayList<>();
        for (Instant edge : new Instant[] {effective, expiry, expiry.plusSeconds(1), canceledAt}) {
            for (long d : new long[] {-1_000_000_000L, -1, 0, 1, 999_999_999L}) {
                at.add(edge.plusNanos(d));
            }
        }
        at.add(effective.plusNanos(anyNanos));
        return at;
    }

    @Property(tries = 1000)
    void inclusiveExpiryAndHalfOpenPeriod_agreeAroundEveryBoundary(
            @ForAll @LongRange(min = -100_000_000L, max = 4_000_000_000L) long effectiveSecond,
            @ForAll @IntRange(min = 0, max = 999_999_999) int effectiveNano,
            @ForAll @LongRange(min = 0, max = 400_000_000L) long lengthSeconds,
            @ForAll @LongRange(min = -10_000_000_000L, max = 500_000_000_000_000_000L) long cancelOffsetNanos,
            @ForAll @LongRange(min = -5_000_000_000L, max = 500_000_000_000_000_000L) long anyNanos) {
        Instant effective = Instant.ofEpochSecond(effectiveSecond, effectiveNano);
        // the expiry is a whole second at or after the effective instant (its second, when lengthSeconds is 0)
        Instant expiry = effective.truncatedTo(ChronoUnit.SECONDS).plusSeconds(lengthSeconds
                + (effectiveNano == 0 || lengthSeconds > 0 ? 0 : 1));
        Instant canceledAt = effective.plusNanos(cancelOffsetNanos);
        Discount open = discount(effective, expiry);
        Discount canceled = open.canceledAt(canceledAt);

        assertThat(open.effective()).isEqualTo(effective);
        assertThat(open.expiry()).isEqualTo(expiry);
        assertThat(open.validity()).isEqualTo(ValidityPeriod.of(effective, expiry.plusSeconds(1)));
        assertThat(canceled.validity()).isEqualTo(open.validity());
        for (Instant at : aroundBoundaries(effective, expiry, canceledAt, anyNanos)) {
            boolean inclusive = inclusiveRule(effective, expiry, at);
            assertThat(open.validity().contains(at)).as("%s in %s", at, open).isEqualTo(inclusive);
            assertThat(open.appliesAt(at)).as("%s for %s", at, open).isEqualTo(inclusive);
            assertThat(canceled.appliesAt(at)).as("%s for %s", at, canceled)
                    .isEqualTo(inclusive && at.isBefore(canceledAt));
            assertThat(open.statusAt(at)).isEqualTo(inclusive ? DiscountStatus.EFFECTIVE
                    : at.isBefore(effective) ? DiscountStatus.PENDING : DiscountStatus.EXPIRED);
        }
    }

    @Test
    void build_refusesAnExpiryWithNoSecondAfterIt() {
        // The last whole second an Instant holds: there is no half-open end for it (it used to be
        // accepted, and every order then threw DateTimeException).
        Instant last = Instant.MAX.truncatedTo(ChronoUnit.SECONDS);
        assertThatThrownBy(() -> discount(Instant.parse("2024-01-01T00:00:00Z"), last))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Discount 'D-1' expiry must be before the last second an Instant holds, was '"
                        + last + "'");
    }
}
