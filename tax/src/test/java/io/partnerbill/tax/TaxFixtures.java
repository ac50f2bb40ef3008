package io.partnerbill.tax;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Shared values of the tax tests; GSTIN check characters are worked out by hand in GstinTest. */
final class TaxFixtures {

    static final PartnerId PARTNER = PartnerId.of("P-1");
    static final Gstin SUPPLIER_KARNATAKA = Gstin.of("29AAACO1234K1ZH");
    static final Gstin PARTNER_KARNATAKA = Gstin.of("29ABCDE1234F1ZW");
    static final Gstin PARTNER_MAHARASHTRA = Gstin.of("27ABCDE1234F1Z0");
    static final Supplier INDIA_SUPPLIER = Supplier.india("Operator India Pvt Ltd", SUPPLIER_KARNATAKA);
    static final Supplier SINGAPORE_SUPPLIER = Supplier.of("Operator Pte Ltd", Country.of("SG"));
    static final Supplier IRELAND_SUPPLIER = Supplier.of("Operator Ireland Ltd", Country.of("IE"));
    static final LocalDate DATE = LocalDate.of(2024, 6, 5);

    private TaxFixtures() {
    }

    static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    /** A request as the core makes it: the cycle is the month before the tax (issue) date. */
    static TaxRequest request(String amount, String currency, LocalDate taxDate) {
        return new TaxRequest(PARTNER, BillCycle.of(YearMonth.from(taxDate).minusMonths(1)), money(amount, currency), taxDate);
    }

    static RegionTaxPolicy policy(Supplier supplier, TaxRegistration registration) {
        return RegionTaxPolicy.builder().supplier(supplier).register(PARTNER, registration).build();
    }

    /** Describes the components as "NAME rate% of base = amount (reason)" from their accessors,
     * amounts with at least two decimals. */
    static List<String> describe(TaxBreakdown tax) {
        return tax.components().stream().map(TaxFixtures::describe).toList();
    }

    static String describe(TaxComponent c) {
        return c.name() + " " + c.ratePercent().toPlainString() + "% of " + cents(c.base())
                + " = " + cents(c.amount()) + c.zeroRatingReason().map(r -> " (" + r + ")").orElse("");
    }

    /** Formats an amount with at least two decimals: Moneta drops trailing zeros. */
    static String cents(MonetaryAmount amount) {
        BigDecimal v = ExactMoney.decimal(amount);
        return (v.scale() < 2 ? v.setScale(2) : v).toPlainString();
    }

    static BigDecimal amountOf(TaxBreakdown tax, String name) {
        return ExactMoney.decimal(tax.component(name).orElseThrow().amount());
    }
}
