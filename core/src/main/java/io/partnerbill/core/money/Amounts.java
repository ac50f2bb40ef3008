package io.partnerbill.core.money;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The old names of {@link ExactMoney}'s static rules, kept only while the customer-side classes
 * (statements, payments and their stores) still call them; remove this class once they call
 * {@link ExactMoney}. Every method delegates and adds no rule of its own.
 */
public final class Amounts {

    /** Lines keep this many decimals. */
    public static final int LINE_SCALE = ExactMoney.LINE_SCALE;

    private Amounts() {
    }

    /** As {@link ExactMoney#decimal(MonetaryAmount)}. */
    public static BigDecimal decimal(MonetaryAmount amount) {
        return ExactMoney.decimal(amount);
    }

    /** As {@link ExactMoney#monetary(BigDecimal, CurrencyUnit)}. */
    public static MonetaryAmount money(BigDecimal value, CurrencyUnit currency) {
        return ExactMoney.monetary(value, currency);
    }

    /** As {@link ExactMoney#requireCurrency(CurrencyUnit, CurrencyUnit, String)}. */
    public static void requireCurrency(CurrencyUnit expected, CurrencyUnit actual, String what) {
        ExactMoney.requireCurrency(expected, actual, what);
    }

    /** As {@link ExactMoney#requireCurrency(CurrencyUnit, CurrencyUnit, String, Object)}. */
    public static void requireCurrency(CurrencyUnit expected, CurrencyUnit actual, String what, Object subject) {
        ExactMoney.requireCurrency(expected, actual, what, subject);
    }

    /** As {@link ExactMoney#sameCurrency(CurrencyUnit, CurrencyUnit)}. */
    public static boolean sameCurrency(CurrencyUnit a, CurrencyUnit b) {
        return ExactMoney.sameCurrency(a, b);
    }

    /** As {@link ExactMoney#atLineScale(BigDecimal, String)}. */
    public static BigDecimal atLineScale(BigDecimal value, String what) {
        return ExactMoney.atLineScale(value, what);
    }

    /** As {@link ExactMoney#atLineScale(BigDecimal, String, Object)}. */
    public static BigDecimal atLineScale(BigDecimal value, String what, Object subject) {
        return ExactMoney.atLineScale(value, what, subject);
    }

    /** As {@link ExactMoney#same(MonetaryAmount, MonetaryAmount)}: 5 equals 5.00. */
    public static boolean same(MonetaryAmount a, MonetaryAmount b) {
        return ExactMoney.same(a, b);
    }

    /** As {@link ExactMoney#format(MonetaryAmount)}: {@code "USD 12.50"}. */
    public static String format(MonetaryAmount amount) {
        return ExactMoney.format(amount);
    }
}
