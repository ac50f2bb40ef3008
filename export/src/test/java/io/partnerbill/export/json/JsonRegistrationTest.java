package io.partnerbill.export.json;

import static io.partnerbill.export.testing.TestLines.expenditure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.javax.money.JavaxMoneyModule;
import io.partnerbill.core.BillId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a service's mapper gets the module, and what it then writes whatever else it registered. */
class JsonRegistrationTest {

    @Test
    void findAndRegisterModules_findsTheModuleAndWritesTheBill() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

        assertThat(mapper.getRegisteredModuleIds()).contains(PartnerBillJsonModule.class.getName());
        String json = mapper.writeValueAsString(PartnerBillJsonModuleTest.sampleBill());
        assertThat(json).doesNotContain("\"negative\"")
                .contains("\"amountDue\":{\"amount\":\"11.04\",\"currency\":\"USD\"}");
    }

    // ---- the written form of an amount, whatever the consumer registered and in which order

    static Stream<Arguments> mappers() {
        return Stream.of(
                mapper("ours alone", () -> new ObjectMapper().registerModule(new PartnerBillJsonModule())),
                mapper("JavaxMoneyModule first", () -> new ObjectMapper().registerModule(new JavaxMoneyModule())
                        .registerModule(new PartnerBillJsonModule())),
                mapper("JavaxMoneyModule after", () -> new ObjectMapper().registerModule(new PartnerBillJsonModule())
                        .registerModule(new JavaxMoneyModule())),
                mapper("JavaxMoneyModule with decimal numbers first", () -> new ObjectMapper()
                        .registerModule(new JavaxMoneyModule().withDecimalNumbers().withDefaultFormatting())
                        .registerModule(new PartnerBillJsonModule())),
                mapper("findAndRegisterModules", () -> new ObjectMapper().findAndRegisterModules()),
                mapper("ours, then findAndRegisterModules", () -> new ObjectMapper()
                        .registerModule(new PartnerBillJsonModule()).findAndRegisterModules()));
    }

    private static Arguments mapper(String name, Supplier<ObjectMapper> mapper) {
        return Arguments.of(name, mapper);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void amounts_areQuotedExactDecimalsWithTheirCurrency(String name, Supplier<ObjectMapper> setup) throws Exception {
        ObjectMapper mapper = setup.get();
        MonthlyBill bill = PartnerBillJsonModuleTest.sampleBill();
        BillLine line = expenditure("O1", "C1", "PRD1", "550", "0").build();
        IssuedBill issued = IssuedBill.of(BillId.of("B-1"), "PB-2024-000001", Instant.parse("2024-02-05T04:00:00Z"), bill,
                List.of(), ExactMoney.monetary(new BigDecimal("1.5"), Monetary.getCurrency("USD")));

        String lineJson = mapper.writeValueAsString(line);
        String billJson = mapper.writeValueAsString(bill);
        String issuedJson = mapper.writeValueAsString(issued);

        // Worked out by hand: 550 at 8 decimals on a line; the sample bill owes 10.04 net + 1.00 VAT.
        assertThat(lineJson).contains("\"customerExpenditure\":{\"amount\":\"550.00000000\",\"currency\":\"USD\"}");
        assertThat(billJson).contains("\"amountDue\":{\"amount\":\"11.04\",\"currency\":\"USD\"}");
        assertThat(issuedJson).contains("\"creditApplied\":{\"amount\":\"1.50\",\"currency\":\"USD\"}",
                "\"outstanding\":{\"amount\":\"9.54\",\"currency\":\"USD\"}");
        // Byte for byte what the module alone writes, and read back equal by the same mapper.
        ObjectMapper alone = new ObjectMapper().registerModule(new PartnerBillJsonModule());
        assertThat(lineJson).isEqualTo(alone.writeValueAsString(line));
        assertThat(billJson).isEqualTo(alone.writeValueAsString(bill));
        assertThat(issuedJson).isEqualTo(alone.writeValueAsString(issued));
        assertThat(mapper.readValue(lineJson, BillLine.class)).isEqualTo(line);
        assertThat(mapper.readValue(billJson, MonthlyBill.class)).isEqualTo(bill);
        assertThat(mapper.readValue(issuedJson, IssuedBill.class)).isEqualTo(issued);
    }

    @Test
    void theConsumersOwnAmounts_keepTheConsumersSettings_inEitherOrder() throws Exception {
        // The consumer's JavaxMoneyModule writes plain numbers; registering ours before it must not take that away.
        Object amount = ExactMoney.monetary(new BigDecimal("550.00"), Monetary.getCurrency("USD"));
        ObjectMapper oursFirst = new ObjectMapper().registerModule(new PartnerBillJsonModule())
                .registerModule(new JavaxMoneyModule());
        ObjectMapper oursAfter = new ObjectMapper().registerModule(new JavaxMoneyModule())
                .registerModule(new PartnerBillJsonModule());

        assertThat(oursFirst.writeValueAsString(amount)).isEqualTo("{\"amount\":550.00,\"currency\":\"USD\"}");
        assertThat(oursAfter.writeValueAsString(amount)).isEqualTo("{\"amount\":550.00,\"currency\":\"USD\"}");
    }

    // ---- version

    @Test
    void version_isTheProjectVersion() {
        String expected = System.getProperty("partnerbill.version");
        assertThat(expected).as("surefire's partnerbill.version").isNotBlank();

        Version version = new PartnerBillJsonModule().version();

        assertThat(version.toString()).isEqualTo(expected);
        assertThat(version.getGroupId()).isEqualTo("io.partnerbill");
        assertThat(version.getArtifactId()).isEqualTo("partnerbill-export");
        assertThat(version.isUnknownVersion()).isFalse();
    }
}
