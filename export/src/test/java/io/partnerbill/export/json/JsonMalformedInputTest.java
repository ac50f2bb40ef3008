package io.partnerbill.export.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.partnerbill.core.BillId;
import io.partnerbill.core.CouponId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.bill.CouponUse;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed or inconsistent JSON is refused with an exception that names the field and its value. */
class JsonMalformedInputTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    static Stream<Arguments> badJson() {
        return Stream.of(
                // MonthlyBill: missing, mistyped and unparsable fields
                bad(MonthlyBill.class, "\"snapshot\":\"partnerbill-bill-v1", "\"snapshotX\":\"partnerbill-bill-v1",
                        "MonthlyBill JSON lacks the field 'snapshot'"),
                bad(MonthlyBill.class, "\"snapshot\":\"partnerbill-bill-v1", "\"snapshot\":\"bill-v0",
                        "MonthlyBill JSON field 'snapshot' is refused: Bill snapshot must start with 'partnerbill-bill-v1', was 'bill-v0'"),
                // figures that disagree with the exact sums: a tampered amount due, a changed currency
                bad(MonthlyBill.class, "\"amountDue\":{\"amount\":\"11.04\"", "\"amountDue\":{\"amount\":\"1.04\"",
                        "MonthlyBill JSON field 'amountDue' disagrees with its snapshot, which give "
                                + "{\"amount\":\"11.04\",\"currency\":\"USD\"}, was {\"amount\":\"1.04\",\"currency\":\"USD\"}"),
                bad(MonthlyBill.class, "\"lineCount\":3", "\"lineCount\":4",
                        "MonthlyBill JSON field 'lineCount' disagrees with its snapshot, which give 3, was 4"),
                bad(MonthlyBill.class, "\"amountDue\":{\"amount\":\"11.04\",\"currency\":\"USD\"}", "\"amountDue\":\"11.04\"",
                        "MonthlyBill JSON field 'amountDue' disagrees with its snapshot, which give "
                                + "{\"amount\":\"11.04\",\"currency\":\"USD\"}, was \"11.04\""),
                bad(MonthlyBill.class, "{\"partner\"", "[{\"partner\"", "MonthlyBill JSON must be an object, was ["),
                // IssuedBill: unparsable parts, amounts that are not amounts, derived figures that disagree
                bad(IssuedBill.class, "\"id\":\"B-1\"", "\"id\":\"\"",
                        "IssuedBill JSON field 'id' is refused: "),
                bad(IssuedBill.class, "\"issuedAt\":\"2024-02-05T04:00:00Z\"", "\"issuedAt\":\"5 Feb 2024\"",
                        "IssuedBill JSON field 'issuedAt' is refused: Text '5 Feb 2024' could not be parsed at index 0"),
                bad(IssuedBill.class, "\"paid\":{\"amount\":\"0.00\",\"currency\":\"USD\"}", "\"paid\":{\"amount\":\"zero\",\"currency\":\"USD\"}",
                        "IssuedBill JSON field 'paid' is not an amount {\"amount\":\"<decimal>\",\"currency\":\"<ISO 4217 code>\"}, "
                                + "was {\"amount\":\"zero\",\"currency\":\"USD\"}"),
                bad(IssuedBill.class, "\"paid\":{\"amount\":\"0.00\",\"currency\":\"USD\"}", "\"paid\":{\"amount\":\"0.00\",\"currency\":\"QQQ\"}",
                        "IssuedBill JSON field 'paid' is not an amount"),
                bad(IssuedBill.class, "\"amount\":\"2.50\",\"currency\":\"USD\"}}]", "\"amount\":\"2.50\"}}]",
                        "CouponUse JSON field 'amount' is not an amount"),
                bad(IssuedBill.class, "\"status\":\"PARTIALLY_PAID\"", "\"status\":\"PAID\"",
                        "IssuedBill JSON field 'status' disagrees with the bill's parts, which give \"PARTIALLY_PAID\", was \"PAID\""),
                bad(IssuedBill.class, "\"outstanding\":{\"amount\":\"9.54\"", "\"outstanding\":{\"amount\":\"0.00\"",
                        "IssuedBill JSON field 'outstanding' disagrees with the bill's parts"),
                bad(IssuedBill.class, "\"couponUses\":[", "\"couponUses\":\"none\",\"x\":[",
                        "IssuedBill JSON field 'couponUses' is not an array, was \"none\""));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("badJson")
    void malformed_isRefusedNamingTheField(Class<?> type, String from, String to, String message) throws Exception {
        Object value = type == MonthlyBill.class ? PartnerBillJsonModuleTest.sampleBill() : issued();
        String bad = replaceOnce(MAPPER.writeValueAsString(value), from, to);
        String input = to.startsWith("[") ? bad + "]" : bad;

        assertThatThrownBy(() -> MAPPER.readValue(input, type)).isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void issuedBill_settledBeyondItsAmountDue_isRefusedWithTheDomainException() throws Exception {
        String json = replaceOnce(MAPPER.writeValueAsString(issued()), "\"creditApplied\":{\"amount\":\"1.50\"",
                "\"creditApplied\":{\"amount\":\"20\"");

        assertThatThrownBy(() -> MAPPER.readValue(json, IssuedBill.class)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Bill 'B-1' cannot be settled beyond its amount due USD 11.04: credit USD 20.00, paid USD 0.00");
    }

    private static IssuedBill issued() {
        return IssuedBill.of(BillId.of("B-1"), "PB-2024-000001", Instant.parse("2024-02-05T04:00:00Z"),
                PartnerBillJsonModuleTest.sampleBill(), List.of(new CouponUse(CouponId.of("CP-1"),
                        ExactMoney.monetary(new BigDecimal("2.50"), Monetary.getCurrency("USD")))),
                ExactMoney.monetary(new BigDecimal("1.5"), Monetary.getCurrency("USD")));
    }

    private static Arguments bad(Class<?> type, String from, String to, String message) {
        return Arguments.of(type, from, to, message);
    }

    private static String replaceOnce(String json, String from, String to) {
        int at = json.indexOf(from);
        if (at < 0) {
            throw new AssertionError("'" + from + "' is not in " + json);
        }
        return json.substring(0, at) + to + json.substring(at + from.length());
    }
}
