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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed or inconsistent JSON is refused with an exception that names the field and its value. */
class JsonMalformedInputTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    static Stream<Arguments> badBills() {
        return Stream.of(
                // missing, mistyped and unparsable fields
                bad("\"snapshot\":\"partnerbill-bill-v1", "\"snapshotX\":\"partnerbill-bill-v1",
                        "MonthlyBill JSON lacks the field 'snapshot'"),
                bad("\"snapshot\":\"partnerbill-bill-v1", "\"snapshot\":\"bill-v0",
                        "MonthlyBill JSON field 'snapshot' is refused: Bill snapshot must start with 'partnerbill-bill-v1', was 'bill-v0'"),
                // figures that disagree with the exact sums: a tampered amount due, a changed currency
                bad("\"amountDue\":{\"amount\":\"11.04\"", "\"amountDue\":{\"amount\":\"1.04\"",
                        "MonthlyBill JSON field 'amountDue' disagrees with its snapshot, which give "
                                + "{\"amount\":\"11.04\",\"currency\":\"USD\"}, was {\"amount\":\"1.04\",\"currency\":\"USD\"}"),
                bad("\"lineCount\":3", "\"lineCount\":4",
                        "MonthlyBill JSON field 'lineCount' disagrees with its snapshot, which give 3, was 4"),
                bad("\"amountDue\":{\"amount\":\"11.04\",\"currency\":\"USD\"}", "\"amountDue\":\"11.04\"",
                        "MonthlyBill JSON field 'amountDue' disagrees with its snapshot, which give "
                                + "{\"amount\":\"11.04\",\"currency\":\"USD\"}, was \"11.04\""),
                bad("{\"partner\"", "[{\"partner\"", "MonthlyBill JSON must be an object, was ["));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badBills")
    void monthlyBill_malformed_isRefusedNamingTheField(String from, String to, String message) throws Exception {
        String json = MAPPER.writeValueAsString(PartnerBillJsonModuleTest.sampleBill());
        String bad = replaceOnce(json, from, to);
        if (to.startsWith("[")) {
            bad = bad + "]";
        }
        String input = bad;

        assertThatThrownBy(() -> MAPPER.readValue(input, MonthlyBill.class)).isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith(message);
    }

    static Stream<Arguments> badIssuedBills() {
        return Stream.of(
                bad("\"id\":\"B-1\"", "\"id\":\"\"",
                        "IssuedBill JSON field 'id' is refused: "),
                bad("\"issuedAt\":\"2024-02-05T04:00:00Z\"", "\"issuedAt\":\"5 Feb 2024\"",
                        "IssuedBill JSON field 'issuedAt' is refused: Text '5 Feb 2024' could not be parsed at index 0"),
                bad("\"paid\":{\"amount\":\"0.00\",\"currency\":\"USD\"}", "\"paid\":{\"amount\":\"zero\",\"currency\":\"USD\"}",
                        "IssuedBill JSON field 'paid' is not an amount {\"amount\":\"<decimal>\",\"currency\":\"<ISO 4217 code>\"}, "
                                + "was {\"amount\":\"zero\",\"currency\":\"USD\"}"),
                bad("\"paid\":{\"amount\":\"0.00\",\"currency\":\"USD\"}", "\"paid\":{\"amount\":\"0.00\",\"currency\":\"QQQ\"}",
                        "IssuedBill JSON field 'paid' is not an amount"),
                bad("\"amount\":\"2.50\",\"currency\":\"USD\"}}]", "\"amount\":\"2.50\"}}]",
                        "CouponUse JSON field 'amount' is not an amount"),
                bad("\"status\":\"PARTIALLY_PAID\"", "\"status\":\"PAID\"",
                        "IssuedBill JSON field 'status' disagrees with the bill's parts, which give \"PARTIALLY_PAID\", was \"PAID\""),
                bad("\"outstanding\":{\"amount\":\"9.54\"", "\"outstanding\":{\"amount\":\"0.00\"",
                        "IssuedBill JSON field 'outstanding' disagrees with the bill's parts"),
                bad("\"couponUses\":[", "\"couponUses\":\"none\",\"x\":[",
                        "IssuedBill JSON field 'couponUses' is not an array, was \"none\""));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badIssuedBills")
    void issuedBill_malformed_isRefusedNamingTheField(String from, String to, String message) throws Exception {
        String json = MAPPER.writeValueAsString(issued());
        String bad = replaceOnce(json, from, to);
        String input = bad;

        assertThatThrownBy(() -> MAPPER.readValue(input, IssuedBill.class)).isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith(message);
    }

    @org.junit.jupiter.api.Test
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

    private static Arguments bad(String from, String to, String message) {
        return Arguments.of(from, to, message);
    }

    private static String replaceOnce(String json, String from, String to) {
        int at = json.indexOf(from);
        if (at < 0) {
            throw new AssertionError("'" + from + "' is not in " + json);
        }
        return json.substring(0, at) + to + json.substring(at + from.length());
    }
}
