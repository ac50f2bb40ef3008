package io.partnerbill.tax;

import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/** Turns charges into rounded components; exact decimal arithmetic, one rounding per amount. */
final class TaxMath {

    /** Extra decimals kept for the exact parts before a per-bill rounding. */
    private static final int GUARD = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TaxMath() {
    }

    static int currencyScale(CurrencyUnit currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    static TaxBreakdown breakdown(List<Charge> charges, MonetaryAmount base, TaxRounding rounding) {
        CurrencyUnit currency = base.getCurrency();
        BigDecimal b = ExactMoney.decimal(base);
        int scale = rounding.rounding().scaleFor(currency);
        RoundingMode mode = rounding.rounding().mode();
        BigDecimal[] amounts = rounding.level() == TaxRounding.Level.PER_COMPONENT
                ? perComponent(charges, b, scale, mode)
                : perBill(charges, b, scale, mode);
        List<TaxComponent> components = new ArrayList<>();
        for (int i = 0; i < charges.size(); i++) {
            Charge c = charges.get(i);
            BaseFactor f = c.baseFactor();
            MonetaryAmount componentBase = f.isOne() ? base
                    : ExactMoney.monetary(b.multiply(new BigDecimal(f.numerator()))
                            .divide(new BigDecimal(f.denominator()), currencyScale(currency), mode), currency);
            String reason = c.zeroRatingReason();
            components.add(reason != null ? TaxComponent.zeroRated(c.name(), componentBase, reason)
                    : TaxComponent.of(c.name(), c.ratePercent(), componentBase, ExactMoney.monetary(amounts[i], currency)));
        }
        return TaxBreakdown.of(currency, components);
    }

    /** The exact tax of a charge as numerator / denominator. */
    private static BigDecimal numerator(Charge c, BigDecimal base) {
        return base.multiply(new BigDecimal(c.baseFactor().numerator())).multiply(c.ratePercent());
    }

    private static BigDecimal denominator(Charge c) {
        return new BigDecimal(c.baseFactor().denominator()).multiply(HUNDRED);
    }

    private static BigDecimal[] perComponent(List<Charge> charges, BigDecimal base, int scale, RoundingMode mode) {
        BigDecimal[] amounts = new BigDecimal[charges.size()];
        for (int i = 0; i < amounts.length; i++) {
            Charge c = charges.get(i);
            amounts[i] = c.isCharged() ? numerator(c, base).divide(denominator(c), scale, mode)
                    : BigDecimal.ZERO.setScale(scale);
        }
        return amounts;
    }

    private static BigDecimal[] perBill(List<Charge> charges, BigDecimal base, int scale, RoundingMode mode) {
        BigDecimal[] amounts = new BigDecimal[charges.size()];
        BigDecimal[] remainders = new BigDecimal[charges.size()];
        BigDecimal exactTotal = BigDecimal.ZERO;
        BigDecimal floorTotal = BigDecimal.ZERO;
        for (int i = 0; i < amounts.length; i++) {
            Charge c = charges.get(i);
            BigDecimal exact = c.isCharged()
                    ? numerator(c, base).divide(denominator(c), scale + GUARD, RoundingMode.DOWN)
                    : BigDecimal.ZERO;
            amounts[i] = exact.setScale(scale, RoundingMode.DOWN);
            remainders[i] = exact.subtract(amounts[i]);
            exactTotal = exactTotal.add(exact);
            floorTotal = floorTotal.add(amounts[i]);
        }
        BigDecimal total = exactTotal.setScale(scale, mode);
        BigInteger units = total.subtract(floorTotal).movePointRight(scale).toBigIntegerExact();
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        for (int n = units.intValueExact(); n > 0; n--) {
            int best = -1;
            for (int i = 0; i < amounts.length; i++) {
                if (remainders[i].signum() > 0 && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            amounts[best] = amounts[best].add(step);
            remainders[best] = BigDecimal.ZERO;
        }
        return amounts;
    }
}
