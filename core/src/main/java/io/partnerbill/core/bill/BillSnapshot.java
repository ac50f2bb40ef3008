package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The text form of a {@link MonthlyBill}: one tab-separated record a line, exact decimals,
 * text fields escaped. Identifiers never hold control characters, so they need no escaping.
 */
final class BillSnapshot {

    private static final String VERSION = "partnerbill-bill-v1";
    private static final String NONE = "\\N";

    private BillSnapshot() {
    }

    static String write(MonthlyBill bill, Totals t, RoundingPolicy rounding, MonetaryAmount coupons, TaxBreakdown tax) {
        StringBuilder out = new StringBuilder(256);
        row(out, VERSION);
        row(out, "partner", t.partner().value());
        row(out, "cycle", t.cycle().toString());
        row(out, "currency", t.currency().getCurrencyCode());
        row(out, "rounding", rounding.toString());
        row(out, "lines", Long.toString(t.lineCount()));
        pair(out, "E", t.expenditures());
        pair(out, "R", t.refunds());
        pair(out, "A", t.adjustments());
        t.products().forEach((id, p) -> {
            row(out, "product", id.value(), escape(p.name()), escape(p.type()));
            p.byRegion().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(r -> row(out, "region",
                    escape(r.getKey()), r.getValue().list().toPlainString(), r.getValue().settlement().toPlainString()));
        });
        t.others().forEach((region, o) -> row(out, "others", escape(region), o.refunds().toPlainString(),
                o.adjustments().toPlainString()));
        t.customers().forEach((id, c) -> row(out, "customer", id.value(), c.expenditures().toPlainString(),
                c.refunds().toPlainString(), c.adjustments().toPlainString(), Long.toString(c.lineCount())));
        row(out, "coupons", ExactMoney.decimal(coupons).toPlainString());
        for (TaxComponent c : tax.components()) {
            row(out, "tax", escape(c.name()), c.ratePercent().toPlainString(), ExactMoney.decimal(c.base()).toPlainString(),
                    ExactMoney.decimal(c.amount()).toPlainString(), c.zeroRatingReason().map(BillSnapshot::escape).orElse(NONE));
        }
        return out.toString();
    }

    static MonthlyBill read(String text) {
        String[] rows = text.split("\n", -1);
        if (rows.length < 7 || !rows[0].equals(VERSION)) {
            throw new InvalidValueException("Bill snapshot must start with '" + VERSION + "', was '"
                    + (rows.length == 0 ? "" : rows[0]) + "'");
        }
        try {
            PartnerId partner = PartnerId.of(field(rows[1], "partner", 1));
            BillCycle cycle = BillCycle.parse(field(rows[2], "cycle", 1));
            CurrencyUnit currency = Monetary.getCurrency(field(rows[3], "currency", 1));
            RoundingPolicy rounding = RoundingPolicy.parse(field(rows[4], "rounding", 1));
            long lineCount = Long.parseLong(field(rows[5], "lines", 1));
            Totals.Pair e = null;
            Totals.Pair r = null;
            Totals.Pair a = null;
            Map<ProductId, Totals.Product> products = new TreeMap<>();
            Map<String, Totals.Others> others = new TreeMap<>();
            Map<CustomerId, Totals.Customer> customers = new TreeMap<>();
            BigDecimal coupons = null;
            List<TaxComponent> taxes = new ArrayList<>();
            ProductId product = null;
            String[] productRow = null;
            Map<String, Totals.Pair> regions = new TreeMap<>();
            for (int i = 6; i < rows.length; i++) {
                if (rows[i].isEmpty()) {
                    continue;
                }
                String[] f = rows[i].split("\t", -1);
                switch (f[0]) {
                    case "E" -> e = new Totals.Pair(dec(f[1]), dec(f[2]));
                    case "R" -> r = new Totals.Pair(dec(f[1]), dec(f[2]));
                    case "A" -> a = new Totals.Pair(dec(f[1]), dec(f[2]));
                    case "product" -> {
                        flush(products, product, productRow, regions);
                        product = ProductId.of(f[1]);
                        productRow = f;
                        regions = new TreeMap<>();
                    }
                    case "region" -> regions.put(unescape(f[1]), new Totals.Pair(dec(f[2]), dec(f[3])));
                    case "others" -> others.put(unescape(f[1]), new Totals.Others(dec(f[2]), dec(f[3])));
                    case "customer" -> customers.put(CustomerId.of(f[1]),
                            new Totals.Customer(dec(f[2]), dec(f[3]), dec(f[4]), Long.parseLong(f[5])));
                    case "coupons" -> coupons = new BigDecimal(f[1]);
                    case "tax" -> {
                        MonetaryAmount base = ExactMoney.monetary(new BigDecimal(f[3]), currency);
                        taxes.add(f[5].equals(NONE)
                                ? TaxComponent.of(unescape(f[1]), new BigDecimal(f[2]), base,
                                        ExactMoney.monetary(new BigDecimal(f[4]), currency))
                                : TaxComponent.zeroRated(unescape(f[1]), base, unescape(f[5])));
                    }
                    default -> throw new InvalidValueException("Bill snapshot row " + (i + 1) + " is unknown: '" + rows[i] + "'");
                }
            }
            flush(products, product, productRow, regions);
            if (e == null || r == null || a == null || coupons == null) {
                throw new InvalidValueException("Bill snapshot of '" + partner + "' " + cycle + " is incomplete");
            }
            Totals totals = new Totals(partner, cycle, currency, lineCount, e, r, a,
                    Collections.unmodifiableMap(products), Collections.unmodifiableMap(others),
                    Collections.unmodifiableMap(customers));
            return new MonthlyBill(totals, rounding, ExactMoney.monetary(coupons, currency), TaxBreakdown.of(currency, taxes));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
            throw new InvalidValueException("Bill snapshot is malformed: " + ex.getMessage());
        }
    }

    private static void flush(Map<ProductId, Totals.Product> products, @Nullable ProductId product, String @Nullable [] row,
            Map<String, Totals.Pair> regions) {
        if (product != null && row != null) {
            products.put(product, new Totals.Product(unescape(row[2]), unescape(row[3]), Map.copyOf(regions)));
        }
    }

    private static String field(String row, String name, int index) {
        String[] f = row.split("\t", -1);
        if (!f[0].equals(name) || f.length <= index) {
            throw new InvalidValueException("Bill snapshot expected '" + name + "', was '" + row + "'");
        }
        return f[index];
    }

    private static BigDecimal dec(String text) {
        return new BigDecimal(text).setScale(ExactMoney.LINE_SCALE);
    }

    private static void row(StringBuilder out, String... fields) {
        out.append(String.join("\t", fields)).append('\n');
    }

    private static void pair(StringBuilder out, String type, Totals.Pair p) {
        row(out, type, p.list().toPlainString(), p.settlement().toPlainString());
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                out.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
