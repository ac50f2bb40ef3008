package io.partnerbill.core.billing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BilledParty;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.Issuer;
import io.partnerbill.core.bill.InvoiceNumberer;
import io.partnerbill.core.bill.InvoiceNumbering;
import io.partnerbill.core.bill.InvoiceSeries;
import io.partnerbill.core.store.BillingStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Numbers a bill or a statement inside its issuing transaction: per issuer from the store's
 * counters when the facade has an {@link InvoiceNumbering}, else per partner (per reseller for
 * statements) through the facade's {@link InvoiceNumberer}.
 */
final class Numbering {

    private final @Nullable InvoiceNumbering perIssuer;
    private final InvoiceNumberer perPartner;
    private final BillingCalendar calendar;

    Numbering(@Nullable InvoiceNumbering perIssuer, InvoiceNumberer perPartner, BillingCalendar calendar) {
        this.perIssuer = perIssuer;
        this.perPartner = perPartner;
        this.calendar = calendar;
    }

    /**
     * Returns the number of what is being issued.
     *
     * @param earlier when the earlier bills of the partner (statements of the reseller) were
     *     issued: the per-partner sequence counts them
     */
    String number(BillingStore s, BilledParty party, BillCycle cycle, Instant now, Supplier<List<Instant>> earlier) {
        if (perIssuer != null) {
            Issuer issuer = Issuer.of(party);
            InvoiceSeries series = perIssuer.seriesOf(issuer);
            LocalDate date = now.atZone(calendar.zone()).toLocalDate();
            // The counter is held until the issue commits; a refusal below rolls the number back with it.
            return series.number(issuer, date, s.invoiceCounters().next(issuer, series.counter(date)));
        }
        int year = now.atZone(calendar.zone()).getYear();
        long sequence = 1 + earlier.get().stream().filter(at -> at.atZone(calendar.zone()).getYear() == year).count();
        return perPartner.number(new InvoiceNumberer.Context(party, cycle, now, year, sequence));
    }
}
