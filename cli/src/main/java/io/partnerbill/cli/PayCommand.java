package io.partnerbill.cli;

import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.bill.BillEstimate;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.payment.AmountDueView;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.payment.PaymentReceipt;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Repays the demo partner's unpaid bills, oldest first. */
@Command(name = "pay", mixinStandardHelpOptions = true, description = "Repay the demo partner's unpaid bills, oldest first.",
        footer = {"", "Example:", "  partnerbill pay --amount 250000.00 --reference BANK-0001 --method BANK_TRANSFER"})
final class PayCommand implements Callable<Integer> {

    @Mixin
    DemoOptions options;

    @Option(names = "--amount", required = true, description = "Amount in INR, such as 250000.00.")
    String amount;

    @Option(names = "--reference", required = true,
            description = "Payment reference; a reference is applied once: the same payment again is a no-op.")
    String reference;

    @Option(names = "--method", defaultValue = "BANK_TRANSFER",
            description = "ACCOUNT_BALANCE, CREDIT_CARD or BANK_TRANSFER (default: ${DEFAULT-VALUE}).")
    PaymentMethod method;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new CliException("bad --amount '" + amount + "': not a number");
        }
        Instant now = Instant.now();
        Payment payment;
        try {
            payment = new Payment(PaymentReference.of(reference), DemoWorld.PARTNER, DemoWorld.inr(value), now, method);
        } catch (InvalidValueException e) {
            throw new CliException("bad payment: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (DemoDatabase db = DemoDatabase.open(options.existingDb())) {
            PartnerBilling billing = DemoOptions.billing(db, new DemoClock(now));
            boolean repeat = billing.payments().find(payment.reference()).isPresent();
            // A repeat of an applied payment returns its first receipt; another payment under the reference
            // is refused by core (DuplicateKeyException naming what differs, exit 2).
            PaymentReceipt receipt = billing.payments().apply(payment);
            if (repeat) {
                out.println("Payment " + reference + " was already applied at " + receipt.payment().receivedAt()
                        + "; nothing changed. Its receipt:");
            }
            for (PaymentApplication a : receipt.applications()) {
                out.println("Applied " + BillReport.money(a.amount()) + " to bill " + a.document());
            }
            if (receipt.toCredit().getNumber().numberValue(BigDecimal.class).signum() > 0) {
                out.println("Kept " + BillReport.money(receipt.toCredit()) + " as partner credit");
            }
            printAmountDue(out, billing.bills().amountDue(DemoWorld.PARTNER, now), billing.calendar());
        }
        return 0;
    }

    /**
     * Prints the Amount Due pane: what is owed on issued bills, then the closed month whose bill is not
     * issued yet and the running month, as estimates that are not owed yet.
     */
    static void printAmountDue(PrintWriter out, AmountDueView due, BillingCalendar calendar) {
        out.println("Still owed: " + BillReport.money(due.totalOwed()));
        for (IssuedBill bill : due.unpaidBills()) {
            out.println("  " + bill.cycle() + " " + bill.invoiceNumber() + " " + bill.status() + ", outstanding "
                    + BillReport.money(bill.outstanding()));
        }
        due.pendingEstimate().ifPresent(e -> out.println("Pending: " + e.cycle() + " is closed, its bill is issued at "
                + calendar.issueInstant(e.cycle()).atZone(calendar.zone()).toLocalDateTime() + " " + calendar.zone()
                + "; estimate " + BillReport.money(e.netSettlement()) + " (" + lines(e) + ", no tax, no coupons)"));
        BillEstimate running = due.currentEstimate();
        out.println("Running: " + running.cycle() + " estimate as of " + running.asOf() + " "
                + BillReport.money(running.netSettlement()) + " (" + lines(running) + ", no tax, no coupons)");
    }

    private static String lines(BillEstimate e) {
        return e.lineCount() + (e.lineCount() == 1 ? " line" : " lines");
    }
}
