package io.partnerbill.cli;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CouponId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.payment.Coupon;
import io.partnerbill.export.tasks.ExportService;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Simulates a reseller's month, issues its bill, prints it and exports it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Simulate a month of a reseller registered in Karnataka, India: ten customers with",
            "monthly budgets, a dozen discounted products, renewals, refunds, spec changes, adjustments",
            "and orders refused for budget; then issue the bill, print it and export it."},
        footer = {"", "Example:", "  partnerbill demo --orders 20000 --month 2024-03 --db /tmp/pb-demo"})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DemoOptions options;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--orders", defaultValue = "100000", description = "Orders to simulate (default: ${DEFAULT-VALUE}).")
    int orders;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (orders < 1) {
            throw new CliException("--orders must be at least 1, was " + orders);
        }
        PrintWriter out = spec.commandLine().getOut();
        BillCycle cycle = options.cycle();
        Instant started = Instant.now();
        try (DemoDatabase db = DemoDatabase.open(options.db)) {
            DemoClock clock = new DemoClock(Instant.now());
            PartnerBilling billing = DemoOptions.billing(db, clock);
            clock.set(billing.calendar().start(cycle));
            // One transaction: a demo killed half-way through the set-up (a reseller enrolled, not yet
            // approved) would otherwise be refused on the rerun.
            billing.store().inTransaction(s -> {
                DemoWorld.setUp(billing, cycle);
                return null;
            });
            out.printf(Locale.ROOT, "partnerbill demo: %s (%s), cycle %s, database %s%n", DemoWorld.PARTNER_NAME,
                    DemoWorld.PARTNER, cycle, options.db.toAbsolutePath().normalize());
            DemoSimulation.Outcome outcome = null;
            if (billing.bills().issued(DemoWorld.PARTNER, cycle).isPresent()) {
                out.println("The bill of " + cycle + " is issued already: reusing it.");
            } else {
                // On Java 17 to 21 console() is null unless both streams are a terminal; from 22 it is not, and
                // Console.isTerminal() (22) is not in our release: noted, not changed.
                @SuppressWarnings("SystemConsoleNull")
                boolean terminal = System.console() != null;
                Progress progress = new Progress(out, "Simulating " + orders + " orders", orders, terminal);
                // One worker: measured on H2's file store (the demo's database before HSQLDB), two writers on
                // two cores used twice the CPU for the same wall time; HSQLDB's table locks serialize them anyway.
                outcome = new DemoSimulation(billing, seed, 1)
                        .run(cycle, orders, progress);
                grantCoupon(billing, cycle);
            }
            Instant simulated = Instant.now();
            clock.set(billing.calendar().issueInstant(cycle));
            IssuedBill bill = billing.bills().issue(DemoWorld.PARTNER, cycle);
            Instant issued = Instant.now();
            out.println();
            out.println("Invoice " + bill.invoiceNumber() + ", issued " + bill.issuedAt() + ", " + bill.status());
            BillReport.print(out, bill.bill(), id -> DemoWorld.CUSTOMERS.stream().filter(c -> c.id().equals(id))
                    .map(DemoWorld.Customer::name).findFirst().orElse(id), 5);
            if (outcome != null) {
                out.printf(Locale.ROOT, "%nOrders: %,d attempted, %,d placed, %,d refunds, %,d adjustments, %,d refused"
                        + " for budget, %,d other refusals%n", outcome.attempted(), outcome.placed(), outcome.refunds(),
                        outcome.adjustments(), outcome.refusedForBudget(), outcome.refusedOther());
            }
            out.println();
            ExportService exports = DemoExports.service(billing, db);
            DemoExports.exportAll(out, exports, cycle, db);
            Instant exported = Instant.now();
            out.printf(Locale.ROOT, "%nDone in %.1f s (orders %.1f s, issue %.1f s, exports %.1f s).%n",
                    seconds(started, exported), seconds(started, simulated), seconds(simulated, issued),
                    seconds(issued, exported));
        }
        return 0;
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    /** A cash coupon of INR 50,000 that the bill uses at issue. */
    private static void grantCoupon(PartnerBilling billing, BillCycle cycle) {
        CouponId id = CouponId.of("CP-" + cycle);
        if (billing.coupons().find(id).isEmpty()) {
            Instant from = billing.calendar().start(cycle);
            billing.coupons().grant(Coupon.of(id, DemoWorld.PARTNER, DemoWorld.inr(BigDecimal.valueOf(50_000)), from,
                    from.plus(Duration.ofDays(400))));
        }
    }
}
