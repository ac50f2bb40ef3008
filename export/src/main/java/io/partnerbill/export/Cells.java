package io.partnerbill.export;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.discount.SettlementType;

/**
 * Cell texts of the bill-details layout, and formula-injection escaping.
 *
 * <p>Escaping rule: a text cell is dangerous when it starts with {@code = + - @}, tab, CR or
 * NUL, possibly after one or more apostrophes; the exporter prefixes such a cell with one
 * apostrophe and the importer removes exactly one leading apostrophe from such a cell. So a
 * text that really starts with {@code '=} is written {@code ''=} and reads back unchanged:
 * escaping is a bijection.
 */
final class Cells {

    private Cells() {
    }

    /** Returns whether the text needs an apostrophe prefix in a spreadsheet-bound text cell. */
    static boolean dangerous(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0';
    }

    /** Escapes a text cell against formula injection. */
    static String escape(String text) {
        return dangerous(text) ? "'" + text : text;
    }

    /** Reverses {@link #escape}. */
    static String unescape(String text) {
        return text.startsWith("'") && dangerous(text.substring(1)) ? text.substring(1) : text;
    }

    /** The operator's label of a settlement type. */
    static String label(SettlementType type) {
        switch (type) {
            case NORMAL_PRODUCT:
                return "Normal product";
            case PROMOTIONAL_PRODUCT:
                return "Promotional product";
            case NO_DISCOUNT:
                return "No discount";
            case SPECIAL_PRICE_REQUEST:
                return "Special-price request";
            default:
                throw new IllegalArgumentException(type.name());
        }
    }

    /** Parses a settlement type label or constant name, ignoring case. */
    static SettlementType settlementType(String text) {
        String wanted = text.strip();
        for (SettlementType t : SettlementType.values()) {
            if (label(t).equalsIgnoreCase(wanted) || t.name().equalsIgnoreCase(wanted)) {
                return t;
            }
        }
        throw new InvalidValueException("Unknown settlement type '" + text + "'");
    }

    /**
     * The 27 cells of a line in the operator's order, text cells not yet escaped; the two
     * amount cells are plain numbers with 8 decimals.
     */
    static String[] row(BillLine line, NameDirectory names) {
        String[] r = new String[BillDetailsLayout.COLUMNS.size()];
        int i = 0;
        r[i++] = line.customer().value();
        r[i++] = cycle(line.cycle());
        r[i++] = names.customerName(line.customer()).orElse("");
        r[i++] = names.accountName(line.customer()).orElse("");
        r[i++] = line.partner().value();
        r[i++] = names.partnerName(line.partner()).orElse("");
        r[i++] = names.partnerAccountName(line.partner()).orElse("");
        r[i++] = line.billType().label();
        r[i++] = line.billingMode().label();
        r[i++] = line.productType();
        r[i++] = line.productTypeCode();
        r[i++] = line.productName();
        r[i++] = line.product().value();
        r[i++] = line.application();
        r[i++] = line.specifications();
        r[i++] = line.resourceType();
        r[i++] = line.resourceTypeCode();
        r[i++] = line.region();
        r[i++] = line.regionCode();
        r[i++] = line.orderId().value();
        r[i++] = line.originalOrderId().map(Object::toString).orElse("");
        r[i++] = line.transactionTime().toString();
        r[i++] = line.orderType().label();
        r[i++] = line.expenditureDecimal().toPlainString();
        r[i++] = label(line.settlementType());
        r[i++] = line.discount().toString();
        r[i++] = line.settlementDecimal().toPlainString();
        return r;
    }

    private static String cycle(BillCycle cycle) {
        return cycle.toString();
    }

    /** A file-name-safe form of a text: characters outside {@code [A-Za-z0-9._-]} become '_'. */
    static String fileSafe(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-') ? c : '_');
        }
        String s = b.toString();
        return s.isEmpty() ? "_" : s.startsWith(".") ? "_" + s.substring(1) : s;
    }
}
