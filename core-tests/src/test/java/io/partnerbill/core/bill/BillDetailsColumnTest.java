package io.partnerbill.core.bill;

import static io.partnerbill.testkit.BillingFixtures.CALENDAR;
import static io.partnerbill.testkit.BillingFixtures.CYCLE;
import static io.partnerbill.testkit.BillingFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BillDetailsColumnTest {

    /** The operator's bill-details layout, as its export names the columns, in order (written out independently). */
    private static final List<String> OPERATOR_HEADERS = List.of("Customer ID", "Billing Cycle", "Customer Name",
            "Account Name", "Partner ID", "Partner Name", "Partner Account Name", "Bill Type", "Billing Mode",
            "Product Type", "Product Type Code", "Product Name", "Product ID", "Application", "Specifications",
            "Resource Type", "Resource Type Code", "Region", "Cloud Service Region Code", "Order ID",
            "Original Order ID", "Transaction Time", "Order Type", "Customer Expenditure", "Settlement Type",
            "Partner Settlement Discount", "Settlement Amount");

    @Test
    void headers_areTheOperatorsLayoutInOrder() {
        assertThat(Arrays.stream(BillDetailsColumn.values()).map(BillDetailsColumn::header)).containsExactlyElementsOf(
                OPERATOR_HEADERS);
    }

    @Test
    void keys_areUniqueAndNameColumnsAreNotOnALine() {
        assertThat(Arrays.stream(BillDetailsColumn.values()).map(BillDetailsColumn::key)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(BillDetailsColumn.values()).filter(c -> !c.isOnLine())).containsExactly(
                BillDetailsColumn.CUSTOMER_NAME, BillDetailsColumn.ACCOUNT_NAME, BillDetailsColumn.PARTNER_NAME,
                BillDetailsColumn.PARTNER_ACCOUNT_NAME);
    }

    @Test
    void requiredColumns_areTheOnesAnOperatorFileMustHave() {
        assertThat(Arrays.stream(BillDetailsColumn.values())
                .filter(c -> c.presence() == BillDetailsColumn.Presence.REQUIRED).map(BillDetailsColumn::header))
                .containsExactly("Customer ID", "Billing Cycle", "Partner ID", "Bill Type", "Billing Mode", "Product Type",
                        "Product Name", "Product ID", "Cloud Service Region Code", "Order ID", "Transaction Time",
                        "Order Type", "Customer Expenditure", "Settlement Amount");
    }

    // ---- reading a line

    static Stream<Arguments> accessors() {
        return Stream.of(
                Arguments.of(BillDetailsColumn.CUSTOMER_ID, (Function<BillLine, Object>) BillLine::customer),
                Arguments.of(BillDetailsColumn.BILLING_CYCLE, (Function<BillLine, Object>) BillLine::cycle),
                Arguments.of(BillDetailsColumn.PARTNER_ID, (Function<BillLine, Object>) BillLine::partner),
                Arguments.of(BillDetailsColumn.BILL_TYPE, (Function<BillLine, Object>) BillLine::billType),
                Arguments.of(BillDetailsColumn.BILLING_MODE, (Function<BillLine, Object>) BillLine::billingMode),
                Arguments.of(BillDetailsColumn.PRODUCT_TYPE, (Function<BillLine, Object>) BillLine::productType),
                Arguments.of(BillDetailsColumn.PRODUCT_TYPE_CODE, (Function<BillLine, Object>) BillLine::productTypeCode),
                Arguments.of(BillDetailsColumn.PRODUCT_NAME, (Function<BillLine, Object>) BillLine::productName),
                Arguments.of(BillDetailsColumn.PRODUCT_ID, (Function<BillLine, Object>) BillLine::product),
                Arguments.of(BillDetailsColumn.APPLICATION, (Function<BillLine, Object>) BillLine::application),
                Arguments.of(BillDetailsColumn.SPECIFICATIONS, (Function<BillLine, Object>) BillLine::specifications),
                Arguments.of(BillDetailsColumn.RESOURCE_TYPE, (Function<BillLine, Object>) BillLine::resourceType),
                Arguments.of(BillDetailsColumn.RESOURCE_TYPE_CODE, (Function<BillLine, Object>) BillLine::resourceTypeCode),
                Arguments.of(BillDetailsColumn.REGION, (Function<BillLine, Object>) BillLine::region),
                Arguments.of(BillDetailsColumn.REGION_CODE, (Function<BillLine, Object>) BillLine::regionCode),
                Arguments.of(BillDetailsColumn.ORDER_ID, (Function<BillLine, Object>) BillLine::orderId),
                Arguments.of(BillDetailsColumn.ORIGINAL_ORDER_ID, (Function<BillLine, Object>) BillLine::originalOrderId),
                Arguments.of(BillDetailsColumn.TRANSACTION_TIME, (Function<BillLine, Object>) BillLine::transactionTime),
                Arguments.of(BillDetailsColumn.ORDER_TYPE, (Function<BillLine, Object>) BillLine::orderType),
                Arguments.of(BillDetailsColumn.CUSTOMER_EXPENDITURE,
                        (Function<BillLine, Object>) BillLine::customerExpenditure),
                Arguments.of(BillDetailsColumn.SETTLEMENT_TYPE, (Function<BillLine, Object>) BillLine::settlementType),
                Arguments.of(BillDetailsColumn.SETTLEMENT_DISCOUNT, (Function<BillLine, Object>) BillLine::discount),
                Arguments.of(BillDetailsColumn.SETTLEMENT_AMOUNT, (Function<BillLine, Object>) BillLine::settlementAmount));
    }

    @ParameterizedTest
    @MethodSource("accessors")
    void value_isTheLinesAccessor(BillDetailsColumn column, Function<BillLine, Object> accessor) {
        BillLine refund = BillingFixtures.line(BillType.REFUND, new BigDecimal("5.5"), DiscountRate.ofPercentOff("12.00"),
                CALENDAR.start(CYCLE).plusSeconds(90), 3, 7, "cn-north-4", "R1", true);
        assertThat(column.value(refund)).isEqualTo(accessor.apply(refund));
    }

    @Test
    void accessors_coverEveryColumnOfALine() {
        assertThat(accessors().map(a -> a.get()[0])).containsExactlyElementsOf(
                Arrays.stream(BillDetailsColumn.values()).filter(BillDetailsColumn::isOnLine).toList());
    }

    @Test
    void text_isWhatTheOperatorsFileShows() {
        BillLine refund = BillingFixtures.line(BillType.REFUND, new BigDecimal("5"), DiscountRate.ofPercentOff("12.00"),
                Instant.parse("2024-01-15T04:00:00Z"), 3, 7, "cn-north-4", "R1", true);
        assertThat(BillDetailsColumn.BILL_TYPE.text(refund)).isEqualTo("Refund");
        assertThat(BillDetailsColumn.ORDER_TYPE.text(refund)).isEqualTo("Unsubscription");
        assertThat(BillDetailsColumn.SETTLEMENT_TYPE.text(refund)).isEqualTo("Normal product");
        assertThat(BillDetailsColumn.BILLING_CYCLE.text(refund)).isEqualTo("2024-01");
        assertThat(BillDetailsColumn.TRANSACTION_TIME.text(refund)).isEqualTo("2024-01-15T04:00:00Z");
        assertThat(BillDetailsColumn.CUSTOMER_EXPENDITURE.text(refund)).isEqualTo("-5.00000000");
        assertThat(BillDetailsColumn.SETTLEMENT_AMOUNT.text(refund)).isEqualTo("-4.40000000");
        assertThat(BillDetailsColumn.SETTLEMENT_DISCOUNT.text(refund)).isEqualTo("12.00% off");
        assertThat(BillDetailsColumn.ORIGINAL_ORDER_ID.text(refund)).isEqualTo("R1-orig");
        assertThat(BillDetailsColumn.ORIGINAL_ORDER_ID.text(BillingFixtures.expenditure("E1", 1, "1.00"))).isEmpty();
    }

    @Test
    void nameColumns_areRefusedOnALine() {
        BillLine line = BillingFixtures.expenditure("E1", 1, "1.00");
        assertThatThrownBy(() -> BillDetailsColumn.CUSTOMER_NAME.text(line))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("Column 'Customer Name' is not part of a bill line: its value comes from a directory of names");
        assertThatThrownBy(() -> BillDetailsColumn.PARTNER_ACCOUNT_NAME.parse(BillLine.builder(), "x", USD))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("'Partner Account Name' is not part of a bill line");
    }

    // ---- settlement type labels

    @Test
    void settlementTypeLabels_readBackFromLabelOrName() {
        for (SettlementType type : SettlementType.values()) {
            assertThat(BillDetailsColumn.settlementType(BillDetailsColumn.label(type))).isEqualTo(type);
            assertThat(BillDetailsColumn.settlementType(" " + type.name().toLowerCase() + " ")).isEqualTo(type);
        }
        assertThat(BillDetailsColumn.label(SettlementType.SPECIAL_PRICE_REQUEST)).isEqualTo("Special-price request");
        assertThatThrownBy(() -> BillDetailsColumn.settlementType("Free"))
                .isInstanceOf(InvalidValueException.class).hasMessage("Unknown settlement type 'Free'");
    }

    // ---- round trip: text, then parse, gives the line back

    @Property(tries = 300)
    void parseOfText_givesTheLineBack(@ForAll("lines") BillLine line) {
        BillLine.Builder b = BillLine.builder();
        for (BillDetailsColumn column : BillDetailsColumn.values()) {
            if (!column.isOnLine()) {
                continue;
            }
            String text = column.text(line);
            if (column == BillDetailsColumn.ORIGINAL_ORDER_ID && text.isEmpty()) {
                continue;
            }
            column.parse(b, text, line.currency());
        }
        assertThat(b.build()).isEqualTo(line);
    }

    @Provide
    Arbitrary<BillLine> lines() {
        Arbitrary<String> texts = Arbitraries.strings().withChars("abc =+-@,\"'\u00e9\u4e2d").ofMaxLength(6);
        Arbitrary<BillLine> base = Combinators.combine(Arbitraries.of(BillType.class),
                BillingArbitraries.amounts(BigDecimal.ZERO, new BigDecimal("100000")), BillingArbitraries.discountRates(),
                BillingArbitraries.instantsIn(CYCLE, CALENDAR), Arbitraries.integers().between(1, 50),
                Arbitraries.integers().between(1, 9), Arbitraries.of(true, false))
                .as((type, amount, rate, at, customer, product, negative) -> BillingFixtures.line(type, amount, rate, at,
                        customer, product, "cn-north-4", "O-" + customer + "-" + product, negative));
        return Combinators.combine(base, Arbitraries.of(BillingMode.class), Arbitraries.of(SettlementType.class), texts,
                texts, texts, texts).as((line, mode, settlement, code, application, region, specs) -> line.toBuilder()
                        .billingMode(mode).settlementType(settlement).productTypeCode(code).application(application)
                        .region(region).specifications(specs).resourceType(specs).resourceTypeCode(code).build());
    }

    @Test
    void parse_refusesABadValueWithTheValueInTheMessage() {
        assertThatThrownBy(() -> BillDetailsColumn.BILL_TYPE.parse(BillLine.builder(), "Gift", USD))
                .isInstanceOf(InvalidValueException.class).hasMessage("Unknown bill type 'Gift'");
        assertThatThrownBy(() -> BillDetailsColumn.CUSTOMER_EXPENDITURE.parse(BillLine.builder(), "12,5", USD))
                .isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> BillDetailsColumn.BILLING_CYCLE.parse(BillLine.builder(), "2024-13", USD))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("2024-13");
    }
}
