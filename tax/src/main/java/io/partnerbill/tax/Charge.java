package io.partnerbill.tax;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One component a rule decided to charge: its name, rate and base factor, or the reason it is
 * zero-rated.
 */
record Charge(String name, BigDecimal ratePercent, BaseFactor baseFactor, @Nullable String zeroRatingReason) {

    static Charge of(String name, BigDecimal ratePercent, BaseFactor baseFactor) {
        return new Charge(name, ratePercent, baseFactor, null);
    }

    static Charge zero(String name, BaseFactor baseFactor, String reason) {
        return new Charge(name, BigDecimal.ZERO, baseFactor, reason);
    }

    boolean isCharged() {
        return zeroRatingReason == null;
    }

    /** What the rules decided for one request: the charges and the country whose rounding applies. */
    record Decision(List<Charge> charges, Country jurisdiction) {
    }
}
