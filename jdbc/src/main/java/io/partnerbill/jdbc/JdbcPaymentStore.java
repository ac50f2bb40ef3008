package io.partnerbill.jdbc;

import io.partnerbill.core.BillId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.payment.CreditEntry;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.store.PaymentStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link PaymentStore} on tables {@code pb_payment} (unique reference), {@code pb_payment_application}
 * and {@code pb_credit_entry} (schema V004); lists keep the order of insertion by {@code seq}. Payments
 * and their applications are stored by {@link JdbcPayments}, which the customer side's statement
 * store extends too; the credit entries, which only partners have, are here.
 */
final class JdbcPaymentStore extends JdbcPayments<BillId> implements PaymentStore {


    JdbcPaymentStore(Transactions tx) {
        super(tx, Side.PARTNER);
    }

    @Override
    public Optional<Payment> find(PaymentReference reference) {
        return payment(reference);
    }

    @Override
    public List<Payment> ofPartner(PartnerId partner) {
        return ofPayer(Objects.requireNonNull(partner, "partner"));
    }

    @Override
    public void insert(CreditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        tx.run("insert credit entry of partner '" + entry.partner() + "' (" + entry.kind() + " " + entry.source() + ")",
                (c, dialect) -> Sql.update(c, "INSERT INTO pb_credit_entry (partner_id, currency, amount, kind, source, "
                        + "entry_at, entry_nanos) VALUES (?, ?, ?, ?, ?, ?, ?)", s -> {
                            s.setString(1, entry.partner().value());
                            s.setString(2, entry.amount().getCurrency().getCurrencyCode());
                            s.setBigDecimal(3, Sql.decimal(entry.amount(), "credit entry of partner '" + entry.partner() + "'"));
                            s.setString(4, entry.kind().name());
                            s.setString(5, entry.source());
                            Sql.setInstant(s, 6, entry.at());
                        }));
    }

    @Override
    public List<CreditEntry> creditsOf(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.run("list credit entries of partner '" + partner + "'", (c, dialect) ->
                Sql.query(c, "SELECT partner_id, currency, amount, kind, source, entry_at, entry_nanos FROM pb_credit_entry "
                        + "WHERE partner_id = ? ORDER BY seq", s -> s.setString(1, partner.value()),
                        row -> new CreditEntry(PartnerId.of(row.getString("partner_id")), Sql.money(row, "amount", "currency"),
                                CreditEntry.Kind.valueOf(row.getString("kind")), row.getString("source"),
                                Sql.instant(row, "entry"))));
    }
}
