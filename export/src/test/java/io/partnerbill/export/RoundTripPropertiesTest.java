package io.partnerbill.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Export → import returns equal lines, for CSV (both with and without BOM) and JSON. */
class RoundTripPropertiesTest {

    private static final String TRICKY = ",\"\n\r\t=+-@' 中文日本語Ωé";

    @Property(tries = 200)
    void csv_exportThenImport_returnsEqualLines(@ForAll("lines") @Size(max = 8) List<BillLine> lines,
            @ForAll boolean byteOrderMark) throws IOException {
        List<BillLine> unique = uniqueOrders(lines);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.csv(byteOrderMark).writeLines(unique.iterator(), ExportContext.defaults(), out);
        ImportedBillDetails back = BillDetailsImporter.of("USD").read("roundtrip.csv",
                new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.billLines()).isEqualTo(unique);
    }

    @Property(tries = 200)
    void json_exportThenRead_returnsEqualLines(@ForAll("lines") @Size(max = 8) List<BillLine> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.json().writeLines(lines.iterator(), ExportContext.defaults(), out);
        ObjectMapper mapper = PartnerBillJsonModule.newObjectMapper();
        List<BillLine> back = new ArrayList<>();
        try (MappingIterator<BillLine> it = mapper.readerFor(BillLine.class).readValues(out.toByteArray())) {
            it.forEachRemaining(back::add);
        }
        assertThat(back).isEqualTo(lines);
    }

    @Property(tries = 300)
    void escapeThenUnescape_isIdentity(@ForAll("texts") String text) {
        assertThat(Cells.unescape(Cells.escape(text))).isEqualTo(text);
        String escaped = Cells.escape(text);
        assertThat(escaped.isEmpty() ? ' ' : escaped.charAt(0))
                .as("an escaped cell never starts with a dangerous character").isNotIn('=', '+', '-', '@', '\t', '\r', '\0');
    }

    private static List<BillLine> uniqueOrders(List<BillLine> lines) {
        Set<OrderId> seen = new HashSet<>();
        List<BillLine> unique = new ArrayList<>();
        for (BillLine line : lines) {
            if (seen.add(line.orderId())) {
                unique.add(line);
            }
        }
        return unique;
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(TRICKY).withCharRange('a', 'z').ofMaxLength(12),
                Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u4e00', '\u4e20').ofMaxLength(12),
                Arbitraries.of("=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", "'=x", "''+y", "\t", "\r\n", "\0x", "a,b",
                        "\"quoted\"", "line1\nline2", "Ünïcödé 中"));
    }

    private Arbitrary<String> nonBlank() {
        return texts().filter(s -> !s.isBlank());
    }

    private Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("=+-@',\"中é").withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(10).filter(s -> s.strip().equals(s) && !s.isBlank());
    }

    @Provide
    Arbitrary<List<BillLine>> lines() {
        Arbitrary<BillType> types = Arbitraries.of(BillType.class);
        Arbitrary<BigDecimal> amounts = Arbitraries.longs().between(0, 100_000_000_000_000L).map(u -> BigDecimal.valueOf(u, 8));
        Arbitrary<DiscountRate> rates = Arbitraries.integers().between(0, 9999)
                .map(p -> DiscountRate.ofPercentOff(BigDecimal.valueOf(p, 2)));
        Arbitrary<Instant> times = Arbitraries.longs().between(0, 30L * 24 * 3600 - 1)
                .map(s -> Instant.parse("2023-12-31T16:00:00Z").plusSeconds(s));
        Arbitrary<BillLine> line = Combinators.combine(
                Combinators.combine(ids(), ids(), ids(), ids(), types, Arbitraries.of(BillingMode.class),
                        Arbitraries.of(OrderType.class), Arbitraries.of(SettlementType.class)).as(Head::new),
                Combinators.combine(nonBlank(), texts(), nonBlank(), texts(), texts(), texts(), texts(), texts())
                        .as(Texts::new),
                nonBlank(), amounts, rates, times, Arbitraries.of(true, false))
                .as((head, text, regionCode, amount, rate, time, negativeAdjustment) -> {
                    BigDecimal signed = head.type == BillType.REFUND
                            || head.type == BillType.ADJUSTMENT && negativeAdjustment ? amount.negate() : amount;
                    BillLine.Builder b = BillLine.builder().cycle(TestLines.CYCLE).partner(TestLines.PARTNER)
                            .customer(CustomerId.of(head.customer)).billType(head.type).billingMode(head.mode)
                            .productType(text.productType).productTypeCode(text.productTypeCode)
                            .productName(text.productName).product(ProductId.of(head.product))
                            .application(text.application).specifications(text.specifications)
                            .resourceType(text.resourceType).resourceTypeCode(text.resourceTypeCode)
                            .region(text.region).regionCode(regionCode).orderId(OrderId.of(head.order))
                            .transactionTime(time).orderType(head.orderType).settlementType(head.settlementType)
                            .customerExpenditure(MoneyValues.money(signed, TestLines.USD)).discount(rate)
                            .settleAtDiscount();
                    if (head.type == BillType.REFUND || negativeAdjustment) {
                        b.originalOrderId(OrderId.of(head.original.equals(head.order) ? head.original + "0" : head.original));
                    }
                    return b.build();
                });
        return line.list();
    }

    private static final class Head {
        final String customer;
        final String product;
        final String order;
        final String original;
        final BillType type;
        final BillingMode mode;
        final OrderType orderType;
        final SettlementType settlementType;

        Head(String customer, String product, String order, String original, BillType type, BillingMode mode,
                OrderType orderType, SettlementType settlementType) {
            this.customer = customer;
            this.product = product;
            this.order = order;
            this.original = original;
            this.type = type;
            this.mode = mode;
            this.orderType = orderType;
            this.settlementType = settlementType;
        }
    }

    private static final class Texts {
        final String productType;
        final String productTypeCode;
        final String productName;
        final String application;
        final String specifications;
        final String resourceType;
        final String resourceTypeCode;
        final String region;

        Texts(String productType, String productTypeCode, String productName, String application, String specifications,
                String resourceType, String resourceTypeCode, String region) {
            this.productType = productType;
            this.productTypeCode = productTypeCode;
            this.productName = productName;
            this.application = application;
            this.specifications = specifications;
            this.resourceType = resourceType;
            this.resourceTypeCode = resourceTypeCode;
            this.region = region;
        }
    }
}
