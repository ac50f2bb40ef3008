package io.partnerbill.jdbc;

import io.partnerbill.core.BillId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.payment.CreditEntry;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.store.PaymentStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link PaymentStore} on tables {@code pb_payment} (unique reference), {@code pb_payment_application}
 * and {@code pb_credit_entry} (schema V004); lists keep the order of insertion by {@code seq}.
 */
final class JdbcPaymentStore implements PaymentStore {

    private static final String SELECT_PAYMENT = "SELECT reference, partner_id, currency, amount, received_at, "
            + "received_nanos, method FROM pb_payment ";
    private static final String SELECT_APPLICATION = "SELECT reference, bill_id, currency, amount FROM pb_payment_application ";

    private final Transactions tx;

    JdbcPaymentStore(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        boolean inserted = tx.run("insert payment '" + payment.reference() + "'", (c, dialect) ->
                Sql.insertUnlessDuplicate(c, dialect, "INSERT INTO pb_payment (reference, partner_id, currency, amount, "
                        + "received_at, received_nanos, method) VALUES (?, ?, ?, ?, ?, ?, ?)", s -> {
                            s.setString(1, payment.reference().value());
                            s.setString(2, payment.partner().value());
                            s.setString(3, payment.amount().getCurrency().getCurrencyCode());
                            s.setBigDecimal(4, Sql.decimal(payment.amount(), "payment '" + payment.reference() + "'"));
                            Sql.setInstant(s, 5, payment.receivedAt());
                            s.setString(7, payment.method().name());
                        }));
        if (!inserted) {
            throw new DuplicateKeyException("Payment '" + payment.reference() + "' already exists");
        }
    }

    private static Payment readPayment(ResultSet row) throws SQLException {
        return new Payment(PaymentReference.of(row.getString("reference")), PartnerId.of(row.getString("partner_id")),
                Sql.money(row, "amount", "currency"), Sql.instant(row, "received"),
                PaymentMethod.valueOf(row.getString("method")));
    }

    @Override
    public Optional<Payment> find(PaymentReference reference) {
        Objects.requireNonNull(reference, "reference");
        return Optional.ofNullable(tx.run("find payment '" + reference + "'", (c, dialect) ->
                Sql.queryOne(c, SELECT_PAYMENT + "WHERE reference = ?", s -> s.setString(1, reference.value()),
                        JdbcPaymentStore::readPayment)));
    }

    @Override
    public List<Payment> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.run("list payments of partner '" + partner + "'", (c, dialect) ->
                Sql.query(c, SELECT_PAYMENT + "WHERE partner_id = ? ORDER BY seq", s -> s.setString(1, partner.value()),
                        JdbcPaymentStore::readPayment));
    }

    @Override
    public void insert(PaymentApplication application) {
        Objects.requireNonNull(application, "application");
        tx.run("insert application of payment '" + application.reference() + "' to bill '" + application.document() + "'",
                (c, dialect) -> Sql.update(c, "INSERT INTO pb_payment_application (reference, bill_id, currency, amount) "
                        + "VALUES (?, ?, ?, ?)", s -> {
                            s.setString(1, application.reference().value());
                            s.setString(2, application.document().value());
                            s.setString(3, application.amount().getCurrency().getCurrencyCode());
                            s.setBigDecimal(4, Sql.decimal(application.amount(),
                                    "application of payment '" + application.reference() + "'"));
                        }));
    }

    private static PaymentApplication readApplication(ResultSet row) throws SQLException {
        return new PaymentApplication(PaymentReference.of(row.getString("reference")), BillId.of(row.getString("bill_id")),
                Sql.money(row, "amount", "currency"));
    }

    @Override
    public List<PaymentApplication> applicationsOf(PaymentReference reference) {
        Objects.requireNonNull(reference, "reference");
        return tx.run("list applications of payment '" + reference + "'", (c, dialect) ->
                Sql.query(c, SELECT_APPLICATION + "WHERE reference = ? ORDER BY seq", s -> s.setString(1, reference.value()),
                        JdbcPaymentStore::readApplication));
    }

    @Override
    public List<PaymentApplication> applicationsTo(BillId bill) {
        Objects.requireNonNull(bill, "bill");
        return tx.run("list applications to bill '" + bill + "'", (c, dialect) ->
                Sql.query(c, SELECT_APPLICATION + "WHERE bill_id = ? ORDER BY seq", s -> s.setString(1, bill.value()),
                        JdbcPaymentStore::readApplication));
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
