package io.partnerbill.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillId;
import io.partnerbill.core.CouponId;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.CouponUse;
import io.partnerbill.core.bill.CustomerSummary;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.export.format.BillDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * JSON of the bill types: {@link BillDocument}, {@link MonthlyBill} (its document's figures and
 * its exact snapshot), {@link IssuedBill}, {@link CouponUse}, {@link ProductSummary} and
 * {@link CustomerSummary}.
 */
final class BillJson {

    private BillJson() {
    }

    // ---- a bill's figures

    /** One of the summary's amounts: its field, how a document gives it and how a builder takes it. */
    private record SummaryAmount(String name, Function<BillDocument, MonetaryAmount> get,
            BiConsumer<BillDocument.Builder, MonetaryAmount> set) {
    }

    /** The summary's amounts written before its tax, then those written after it. */
    private static final List<SummaryAmount> BEFORE_TAX = List.of(
            new SummaryAmount("customerExpenditure", BillDocument::customerExpenditure,
                    BillDocument.Builder::customerExpenditure),
            new SummaryAmount("expenditures", BillDocument::expenditures, BillDocument.Builder::expenditures),
            new SummaryAmount("refunds", BillDocument::refunds, BillDocument.Builder::refunds),
            new SummaryAmount("adjustments", BillDocument::adjustments, BillDocument.Builder::adjustments),
            new SummaryAmount("netSettlement", BillDocument::netSettlement, BillDocument.Builder::netSettlement),
            new SummaryAmount("roundingResidue", BillDocument::roundingResidue, BillDocument.Builder::roundingResidue),
            new SummaryAmount("couponsUsed", BillDocument::couponsUsed, BillDocument.Builder::couponsUsed));
    private static final List<SummaryAmount> AFTER_TAX = List.of(
            new SummaryAmount("amountDue", BillDocument::amountDue, BillDocument.Builder::amountDue),
            new SummaryAmount("credit", BillDocument::credit, BillDocument.Builder::credit));

    static void writeDocument(BillDocument d, JsonGenerator g, SerializerProvider p) throws IOException {
        JsonCodec.writeTexts(g, "partner", d.partner().value(), "cycle", d.cycle().toString(),
                "currency", d.currency().getCurrencyCode(), "rounding", d.rounding().toString());
        g.writeNumberField("lineCount", d.lineCount());
        for (SummaryAmount a : BEFORE_TAX) {
            JsonAmounts.write(g, p, a.name(), a.get().apply(d));
        }
        g.writeObjectFieldStart("tax");
        writeTax(d.tax(), g, p);
        g.writeEndObject();
        for (SummaryAmount a : AFTER_TAX) {
            JsonAmounts.write(g, p, a.name(), a.get().apply(d));
        }
        g.writeObjectFieldStart("byProduct");
        JsonCodec.writeArray(g, p, "rows", d.products(), BillJson::writeProduct);
        JsonAmounts.write(g, p, "othersRefunds", d.othersRefunds());
        JsonAmounts.write(g, p, "othersAdjustments", d.othersAdjustments());
        JsonAmounts.write(g, p, "total", d.productTotal());
        JsonAmounts.write(g, p, "residue", d.productResidue());
        g.writeEndObject();
        g.writeObjectFieldStart("byCustomer");
        JsonCodec.writeArray(g, p, "rows", d.customers(), BillJson::writeCustomer);
        JsonAmounts.write(g, p, "total", d.customerTotal());
        JsonAmounts.write(g, p, "residue", d.customerResidue());
        g.writeEndObject();
    }

    static BillDocument readDocument(JsonFields f) throws IOException {
        BillDocument.Builder b = BillDocument.builder();
        b.partner(PartnerId.of(f.text("partner")));
        b.cycle(BillCycle.parse(f.text("cycle")));
        CurrencyUnit currency = Monetary.getCurrency(f.text("currency"));
        b.currency(currency);
        b.rounding(RoundingPolicy.parse(f.text("rounding")));
        b.lineCount(f.node("lineCount").asLong());
        for (List<SummaryAmount> amounts : List.of(BEFORE_TAX, AFTER_TAX)) {
            for (SummaryAmount a : amounts) {
                a.set().accept(b, f.money(a.name()));
            }
        }
        b.tax(readTax(f.object("tax"), currency));
        JsonFields byProduct = f.object("byProduct");
        b.products(byProduct.list("rows", "ProductSummary", BillJson::readProduct));
        b.othersRefunds(byProduct.money("othersRefunds"));
        b.othersAdjustments(byProduct.money("othersAdjustments"));
        b.productTotal(byProduct.money("total"));
        b.productResidue(byProduct.money("residue"));
        JsonFields byCustomer = f.object("byCustomer");
        b.customers(byCustomer.list("rows", "CustomerSummary", BillJson::readCustomer));
        b.customerTotal(byCustomer.money("total"));
        b.customerResidue(byCustomer.money("residue"));
        return b.build();
    }

    static void writeTax(TaxBreakdown tax, JsonGenerator g, SerializerProvider p) throws IOException {
        JsonAmounts.write(g, p, "total", tax.total());
        JsonCodec.writeArray(g, p, "components", tax.components(), (t, g2, p2) -> {
            g2.writeStringField("name", t.name());
            g2.writeStringField("ratePercent", t.ratePercent().toPlainString());
            JsonAmounts.write(g2, p2, "base", t.base());
            JsonAmounts.write(g2, p2, "amount", t.amount());
            if (t.zeroRatingReason().isPresent()) {
                g2.writeStringField("zeroRatingReason", t.zeroRatingReason().get());
            }
        });
    }

    static TaxBreakdown readTax(JsonFields tax, CurrencyUnit currency) throws IOException {
        return TaxBreakdown.of(currency, tax.list("components", "TaxComponent", t -> {
            String reason = t.optionalText("zeroRatingReason");
            return reason.isEmpty()
                    ? TaxComponent.of(t.text("name"), new BigDecimal(t.text("ratePercent")), t.money("base"), t.money("amount"))
                    : TaxComponent.zeroRated(t.text("name"), t.money("base"), reason);
        }));
    }

    static void writeProduct(ProductSummary r, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStringField("product", r.product().value());
        g.writeStringField("productName", r.productName());
        g.writeStringField("productType", r.productType());
        JsonAmounts.write(g, p, "customerExpenditure", r.customerExpenditure());
        JsonAmounts.write(g, p, "settlement", r.settlement());
    }

    static ProductSummary readProduct(JsonFields r) throws IOException {
        return new ProductSummary(ProductId.of(r.text("product")), r.text("productName"), r.text("productType"),
                r.money("customerExpenditure"), r.money("settlement"));
    }

    static void writeCustomer(CustomerSummary r, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStringField("customer", r.customer().value());
        JsonAmounts.write(g, p, "expenditures", r.expenditures());
        JsonAmounts.write(g, p, "refunds", r.refunds());
        JsonAmounts.write(g, p, "adjustments", r.adjustments());
        JsonAmounts.write(g, p, "total", r.total());
        g.writeNumberField("lineCount", r.lineCount());
    }

    static CustomerSummary readCustomer(JsonFields r) throws IOException {
        return new CustomerSummary(CustomerId.of(r.text("customer")), r.money("expenditures"), r.money("refunds"),
                r.money("adjustments"), r.money("total"), r.node("lineCount").asLong());
    }

    // ---- a computed bill: its figures, which a reader checks, and its exact sums

    static void writeBill(MonthlyBill bill, JsonGenerator g, SerializerProvider p) throws IOException {
        writeDocument(BillDocument.of(bill), g, p);
        g.writeStringField("snapshot", bill.snapshot());
    }

    /**
     * A bill is rebuilt from its snapshot (its exact sums by product, region and customer, which
     * the rounded figures cannot give back); the figures must agree with it.
     */
    static MonthlyBill readBill(JsonFields f) throws IOException {
        MonthlyBill bill = f.parsed("snapshot", MonthlyBill::fromSnapshot);
        JsonCodec.requireAgreement(f, BillDocument.of(bill), "its snapshot");
        return bill;
    }

    // ---- an issued bill

    static void writeIssued(IssuedBill b, JsonGenerator g, SerializerProvider p) throws IOException {
        JsonCodec.writeTexts(g, "id", b.id().value(), "invoiceNumber", b.invoiceNumber(),
                "issuedAt", b.issuedAt().toString(), "partner", b.partner().value(), "cycle", b.cycle().toString(),
                "status", b.status().name());
        JsonAmounts.write(g, p, "amountDue", b.amountDue());
        JsonAmounts.write(g, p, "creditApplied", b.creditApplied());
        JsonAmounts.write(g, p, "paid", b.paid());
        JsonAmounts.write(g, p, "outstanding", b.outstanding());
        JsonCodec.writeArray(g, p, "couponUses", b.couponUses(), BillJson::writeCouponUse);
        g.writeObjectFieldStart("bill");
        writeBill(b.bill(), g, p);
        g.writeEndObject();
    }

    /** What an issued bill derives (partner, cycle, status, amount due, outstanding) must agree with its parts. */
    static IssuedBill readIssued(JsonFields f) throws IOException {
        MonthlyBill bill = readBill(f.object("bill"));
        List<CouponUse> uses = f.list("couponUses", "CouponUse", BillJson::readCouponUse);
        IssuedBill issued = IssuedBill.restore(f.parsed("id", BillId::of), f.text("invoiceNumber"),
                f.parsed("issuedAt", Instant::parse), bill, uses, f.money("creditApplied"), f.money("paid"));
        JsonCodec.requireAgreement(f, issued, "the bill's parts", "partner", "cycle", "status", "amountDue", "outstanding");
        return issued;
    }

    static void writeCouponUse(CouponUse u, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStringField("coupon", u.coupon().value());
        JsonAmounts.write(g, p, "amount", u.amount());
    }

    static CouponUse readCouponUse(JsonFields u) throws IOException {
        return new CouponUse(u.parsed("coupon", CouponId::of), u.money("amount"));
    }
}
