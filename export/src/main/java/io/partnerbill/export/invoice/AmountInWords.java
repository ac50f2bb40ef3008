package io.partnerbill.export.invoice;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;

/**
 * An amount in English words with Indian digit grouping (thousand, lakh, crore), as Indian tax
 * invoices state the amount due: "Rupees One Lakh Twenty Thousand and Fifty Paise Only".
 */
final class AmountInWords {

    private static final String[] ONES = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
        "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
        "Nineteen"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty",
        "Ninety"};
    private static final BigInteger CRORE = BigInteger.valueOf(10_000_000);

    private AmountInWords() {
    }

    /** Words of a non-negative amount; the minor unit is rounded HALF_UP to the currency's digits. */
    static String indian(BigDecimal amount, CurrencyUnit currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal exact = amount.setScale(digits, RoundingMode.HALF_UP);
        BigInteger whole = exact.toBigInteger();
        int minor = exact.subtract(new BigDecimal(whole)).movePointRight(digits).intValueExact();
        boolean rupees = currency.getCurrencyCode().equals("INR");
        StringBuilder out = new StringBuilder(rupees ? "Rupees " : currency.getCurrencyCode() + " ");
        out.append(whole(whole));
        if (minor != 0) {
            out.append(" and ").append(below100(minor)).append(rupees ? " Paise" : " Cents");
        }
        return out.append(" Only").toString();
    }

    private static String whole(BigInteger n) {
        if (n.signum() == 0) {
            return ONES[0];
        }
        // Above 99 crore the grouping repeats: "One Hundred Crore", "One Lakh Crore".
        BigInteger[] crores = n.divideAndRemainder(CRORE);
        String rest = belowCrore(crores[1].intValueExact());
        if (crores[0].signum() == 0) {
            return rest;
        }
        String head = whole(crores[0]) + " Crore";
        return rest.isEmpty() ? head : head + " " + rest;
    }

    private static String belowCrore(int n) {
        StringBuilder out = new StringBuilder();
        append(out, n / 100_000, "Lakh");
        append(out, n / 1000 % 100, "Thousand");
        append(out, n / 100 % 10, "Hundred");
        if (n % 100 != 0) {
            out.append(out.length() == 0 ? "" : " ").append(below100(n % 100));
        }
        return out.toString();
    }

    private static void append(StringBuilder out, int count, String unit) {
        if (count != 0) {
            out.append(out.length() == 0 ? "" : " ").append(below100(count)).append(' ').append(unit);
        }
    }

    private static String below100(int n) {
        if (n < 20) {
            return ONES[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + ONES[n % 10]);
    }
}
