package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pay}: a retry of the same command is a no-op that prints the first receipt; a conflict is one line. */
class PayCommandTest {

    @TempDir
    static Path temp;

    private static String db;

    @BeforeAll
    static void demoDatabase() {
        db = temp.resolve("db").toString();
        CliRunner demo = CliRunner.run("demo", "--orders", "200", "--db", db);
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    private static String owed(CliRunner run) {
        Matcher m = Pattern.compile("Still owed: (INR [0-9,.]+)").matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        return m.group(1);
    }

    @Test
    void pay_aRetryOfTheSameCommandSucceedsAsANoOpWithTheFirstReceipt() {
        CliRunner first = CliRunner.run("pay", "--amount", "100.00", "--reference", "BANK-RETRY", "--db", db);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Applied INR 100.00 to bill P-KA-0001/2024-05\n")
                .doesNotContain("already applied");

        // Run again (by then the clock has moved: before, this was "a different payment", exit 2).
        CliRunner again = CliRunner.run("pay", "--amount", "100", "--reference", "BANK-RETRY", "--db", db);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(again.out()).matches("(?s)Payment BANK-RETRY was already applied at \\S+Z; nothing changed\\. Its receipt:\n"
                + "Applied INR 100\\.00 to bill P-KA-0001/2024-05\nStill owed: .*");
        // Nothing more was applied: the amount owed is what the first run left.
        assertThat(owed(again)).isEqualTo(owed(first));
    }

    @Test
    void pay_aDifferentPaymentUnderAUsedReferenceIsRefusedInOneLineNamingWhatDiffers() {
        CliRunner first = CliRunner.run("pay", "--amount", "100.00", "--reference", "BANK-CLASH", "--db", db);
        assertThat(first.exitCode()).as(first.err()).isZero();

        CliRunner amount = CliRunner.run("pay", "--amount", "200.00", "--reference", "BANK-CLASH", "--db", db);
        assertThat(amount.exitCode()).isEqualTo(2);
        assertThat(amount.out()).isEmpty();
        assertThat(amount.err()).startsWith("partnerbill: Payment reference 'BANK-CLASH' was already applied to a"
                + " different payment (amount INR 100.00, not INR 200.00): Payment[BANK-CLASH P-KA-0001 INR 100.00"
                + " BANK_TRANSFER ").hasLineCount(1);

        CliRunner method = CliRunner.run("pay", "--amount", "100.00", "--reference", "BANK-CLASH", "--method",
                "CREDIT_CARD", "--db", db);
        assertThat(method.exitCode()).isEqualTo(2);
        assertThat(method.err()).startsWith("partnerbill: Payment reference 'BANK-CLASH' was already applied to a"
                + " different payment (method BANK_TRANSFER, not CREDIT_CARD): ").hasLineCount(1);

        // The refusals changed nothing: a repeat still shows the first receipt and the same amount owed.
        CliRunner again = CliRunner.run("pay", "--amount", "100.00", "--reference", "BANK-CLASH", "--db", db);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Applied INR 100.00 to bill P-KA-0001/2024-05");
        assertThat(owed(again)).isEqualTo(owed(first));
    }
}
