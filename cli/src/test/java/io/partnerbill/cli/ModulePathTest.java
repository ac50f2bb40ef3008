package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves JPMS users are not broken: a small named module that requires partnerbill's modules is
 * compiled and run with the published artifacts on the module path (not the class path).
 */
class ModulePathTest {

    @TempDir
    Path temp;

    @Test
    void aNamedModuleUsesTheFacadeTaxAndExportOnTheModulePath() throws Exception {
        // The runtime class path of the cli: our modules (jars or classes directories) and their dependencies.
        String runtime = Files.readString(Path.of("target", "runtime-classpath.txt"), StandardCharsets.UTF_8).strip();
        List<String> entries = new ArrayList<>(List.of(runtime.split(File.pathSeparator)));
        entries.removeIf(e -> e.contains("picocli"));
        String modulePath = String.join(File.pathSeparator, entries);

        Path src = temp.resolve("src/check");
        Files.createDirectories(src.resolve("check"));
        Files.writeString(src.resolve("module-info.java"), """
                module check {
                    requires io.partnerbill.core;
                    requires io.partnerbill.tax;
                    requires io.partnerbill.export;
                }
                """);
        Files.writeString(src.resolve("check/Main.java"), """
                package check;

                import io.partnerbill.core.*;
                import io.partnerbill.core.bill.*;
                import io.partnerbill.core.billing.*;
                import io.partnerbill.export.Exporter;
                import io.partnerbill.tax.*;
                import java.io.ByteArrayOutputStream;
                import java.time.Instant;
                import javax.money.Monetary;

                public class Main {
                    public static void main(String[] args) throws Exception {
                        PartnerId partner = PartnerId.of("P-1");
                        RegionTaxPolicy tax = RegionTaxPolicy.builder()
                                .supplier(Supplier.of("Operator", Country.of("SG")))
                                .register(partner, TaxRegistration.of(Country.of("SG"))).build();
                        PartnerBilling billing = PartnerBilling.builder().currency("SGD").taxPolicy(tax).build();
                        BillLine line = BillLine.builder().cycle(BillCycle.of(2024, 3)).partner(partner)
                                .customer(CustomerId.of("C-1")).billType(BillType.EXPENDITURE)
                                .orderType(OrderType.NEW_PURCHASE).orderId(OrderId.of("O-1"))
                                .product(ProductId.of("ecs")).productName("ECS").productType("Common products")
                                .regionCode("ap-southeast-3").transactionTime(Instant.parse("2024-03-10T00:00:00Z"))
                                .customerExpenditure(Monetary.getDefaultAmountFactory().setCurrency("SGD")
                                        .setNumber(100).create())
                                .settleAtDiscount().build();
                        billing.lines().append(line);
                        MonthlyBill bill = billing.bills().calculate(partner, BillCycle.of(2024, 3));
                        ByteArrayOutputStream csv = new ByteArrayOutputStream();
                        Exporter.csv().writeLines(java.util.List.of(line).iterator(),
                                io.partnerbill.export.format.ExportContext.defaults(), csv);
                        // Jackson finds partnerbill's JSON module through export's "provides" clause.
                        com.fasterxml.jackson.databind.ObjectMapper mapper =
                                new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
                        String json = mapper.writeValueAsString(bill);
                        System.out.println("json " + mapper.readValue(json, MonthlyBill.class).equals(bill) + " "
                                + mapper.readTree(json).get("amountDue"));
                        System.out.println("due " + bill.amountDue() + " named " + Main.class.getModule().isNamed()
                                + " core named " + PartnerBilling.class.getModule().getName()
                                + " csv " + csv.toString(java.nio.charset.StandardCharsets.UTF_8).lines().count());
                    }
                }
                """);
        Path classes = temp.resolve("classes");
        // Only what Maven resolves for a user: JSpecify, which our modules require transitively, comes with them.
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        Process compile = new ProcessBuilder(javac.toString(), "--module-path", modulePath, "-d", classes.toString(),
                src.resolve("module-info.java").toString(), src.resolve("check/Main.java").toString())
                .redirectErrorStream(true).start();
        String compilerOutput = new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(compile.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(compile.exitValue()).as(compilerOutput).isZero();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--module-path",
                classes + File.pathSeparator + modulePath, "-m", "check/check.Main")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        // 100 SGD, no discount, 9 % GST on the March 2024 bill: 109.00.
        assertThat(output).contains("due SGD 109").contains("named true").contains("core named io.partnerbill.core")
                .contains("csv 2").contains("json true {\"amount\":\"109.00\",\"currency\":\"SGD\"}");
    }

}
