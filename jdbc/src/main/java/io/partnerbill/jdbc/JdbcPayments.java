package io.partnerbill.jdbc;

import io.partnerbill.core.BillId;
import io.partnerbill.core.BilledParty;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.Identifier;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.store.PaymentRecordStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one JDBC code path that stores payments and their applications, for both sides: partners'
 * repayments of their bills ({@code pb_payment}, {@code pb_payment_application}, schema V004;
 * used by {@link JdbcPaymentStore}) and payments customers made to their reseller for their
 * statements ({@code pb_customer_payment}, {@code pb_statement_payment_application}, schema V007;
 * used by {@link JdbcStatementStore}). The two pairs of tables differ only in the payer's columns
 * (the partner; or the reseller and the customer) and in the document an application settles (a
 * bill; a statement), which {@link Side} names; each side keeps its own references, as before.
 * Lists keep the order of insertion by {@code seq}. The two stores extend it and add what only
 * their side has.
 *
 * @param <D> the document a payment settles on this side
 */
abstract class JdbcPayments<D extends Identifier> implements PaymentRecordStore<D> {

    /** What differs between the two sides' tables and messages. */
    enum Side {
        PARTNER("pb_payment", "partner_id", "pb_payment_application", "bill_id", "payment", "bill"),
        CUSTOMER("pb_customer_payment", "reseller_id, customer_id", "pb_statement_payment_application", "statement_id",
                "customer payment", "statement");

        final String paymentTable;
        final String payerColumns;
        final String applicationTable;
        final String documentColumn;
        final String noun;
        final String documentNoun;

        Side(String paymentTable, String payerColumns, String applicationTable, String documentColumn, String noun,
                String documentNoun) {
            this.paymentTable = paymentTable;
            this.payerColumns = payerColumns;
            this.applicationTable = applicationTable;
            this.documentColumn = documentColumn;
            this.noun = noun;
            this.documentNoun = documentNoun;
        }

        /** The document a stored application names: a bill (partner side) or a statement. */
        Identifier document(String id) {
            return this == CUSTOMER ? StatementId.of(id) : BillId.of(id);
        }

        boolean customers() {
            return this == CUSTOMER;
        }
    }

    /** The store's transactions, which the subclasses use for their own tables. */
    final Transactions tx;
    private final Side side;
    private final String selectPayment;
    private final String insertPayment;
    private final String selectApplication;
    private final String insertApplication;

    JdbcPayments(Transactions tx, Side side) {
        this.tx = tx;
        this.side = side;
        this.selectPayment = "SELECT reference, " + side.payerColumns + ", currency, amount, received_at, received_nanos, "
                + "method FROM " + side.paymentTable + " ";
        this.insertPayment = "INSERT INTO " + side.paymentTable + " (reference, " + side.payerColumns
                + ", currency, amount, received_at, received_nanos, method) VALUES (?, ?, ?, ?, ?, ?, ?"
                + (side.customers() ? ", ?)" : ")");
        this.selectApplication = "SELECT reference, " + side.documentColumn + ", currency, amount FROM "
                + side.applicationTable + " ";
        this.insertApplication = "INSERT INTO " + side.applicationTable + " (reference, " + side.documentColumn
                + ", currency, amount) VALUES (?, ?, ?, ?)";
    }

    /**
     * Stores a payment of this side's payer.
     *
     * @throws DuplicateKeyException if this side has a payment with its reference
     */
    @Override
    public void insert(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        if (payment.payer().isCustomer() != side.customers()) {
            throw new InvalidValueException("Payment '" + payment.reference() + "' of " + payment.payer()
                    + " does not belong in " + side.paymentTable);
        }
        boolean inserted = tx.run("insert " + side.noun + " '" + payment.reference() + "'", (c, dialect) ->
                Sql.insertUnlessDuplicate(c, dialect, insertPayment, s -> {
                    int i = 1;
                    s.setString(i++, payment.reference().value());
                    s.setString(i++, payment.partner().value());
                    if (side.customers()) {
                        s.setString(i++, payment.payer().customer().orElseThrow().value());
                    }
                    s.setString(i++, payment.amount().getCurrency().getCurrencyCode());
                    s.setBigDecimal(i++, Sql.decimal(payment.amount(), side.noun + " '" + payment.reference() + "'"));
                    Sql.setInstant(s, i, payment.receivedAt());
                    s.setString(i + 2, payment.method().name());
                }));
        if (!inserted) {
            throw new DuplicateKeyException(Character.toUpperCase(side.noun.charAt(0)) + side.noun.substring(1) + " '"
                    + payment.reference() + "' already exists");
        }
    }

    private Payment readPayment(ResultSet row) throws SQLException {
        BilledParty payer = side.customers()
                ? BilledParty.customer(PartnerId.of(row.getString("reseller_id")), CustomerId.of(row.getString("customer_id")))
                : BilledParty.partner(PartnerId.of(row.getString("partner_id")));
        return new Payment(PaymentReference.of(row.getString("reference")), payer, Sql.money(row, "amount", "currency"),
                Sql.instant(row, "received"), PaymentMethod.valueOf(row.getString("method")));
    }

    final Optional<Payment> payment(PaymentReference reference) {
        Objects.requireNonNull(reference, "reference");
        return Optional.ofNullable(tx.runOrNull("find " + side.noun + " '" + reference + "'", (c, dialect) ->
                Sql.queryOne(c, selectPayment + "WHERE reference = ?", s -> s.setString(1, reference.value()),
                        this::readPayment)));
    }

    /** Lists the payments of a partner (partner side) or of a customer (customer side), in the order stored. */
    final List<Payment> ofPayer(Identifier payer) {
        Objects.requireNonNull(payer, "payer");
        String column = side.customers() ? "customer_id" : "partner_id";
        return tx.run("list payments of " + (side.customers() ? "customer" : "partner") + " '" + payer + "'",
                (c, dialect) -> Sql.query(c, selectPayment + "WHERE " + column + " = ? ORDER BY seq",
                        s -> s.setString(1, payer.value()), this::readPayment));
    }

    @Override
    public void insert(PaymentApplication application) {
        Objects.requireNonNull(application, "application");
        Identifier document = application.document();
        tx.run("insert application of " + side.noun + " '" + application.reference() + "' to " + side.documentNoun + " '"
                + document + "'", (c, dialect) -> Sql.update(c, insertApplication, s -> {
                    s.setString(1, application.reference().value());
                    s.setString(2, document.value());
                    s.setString(3, application.amount().getCurrency().getCurrencyCode());
                    s.setBigDecimal(4, Sql.decimal(application.amount(),
                            "application of " + side.noun + " '" + application.reference() + "'"));
                }));
    }

    private PaymentApplication readApplication(ResultSet row) throws SQLException {
        return new PaymentApplication(PaymentReference.of(row.getString("reference")),
                side.document(row.getString(side.documentColumn)), Sql.money(row, "amount", "currency"));
    }

    @Override
    public List<PaymentApplication> applicationsOf(PaymentReference reference) {
        Objects.requireNonNull(reference, "reference");
        return tx.run("list applications of " + side.noun + " '" + reference + "'", (c, dialect) ->
                Sql.query(c, selectApplication + "WHERE reference = ? ORDER BY seq", s -> s.setString(1, reference.value()),
                        this::readApplication));
    }

    @Override
    public List<PaymentApplication> applicationsTo(D document) {
        Objects.requireNonNull(document, side.documentNoun);
        return tx.run("list applications to " + side.documentNoun + " '" + document + "'", (c, dialect) ->
                Sql.query(c, selectApplication + "WHERE " + side.documentColumn + " = ? ORDER BY seq",
                        s -> s.setString(1, document.value()), this::readApplication));
    }
}
