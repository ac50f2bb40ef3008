package io.partnerbill.export.format;

import io.partnerbill.core.bill.BillStatus;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer statement as an exporter writes it: the statement, and, once issued, its number,
 * issue instant, status and payments. A statement not issued yet is exported as a draft.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatementDocument {

    private final CustomerStatement statement;
    private final @Nullable IssuedStatement issued;

    private StatementDocument(CustomerStatement statement, @Nullable IssuedStatement issued) {
        this.statement = statement;
        this.issued = issued;
    }

    /**
     * Obtains the document of an issued statement.
     *
     * @param issued the issued statement, not null
     * @return the document, not null
     */
    public static StatementDocument of(IssuedStatement issued) {
        return new StatementDocument(Objects.requireNonNull(issued, "issued").statement(), issued);
    }

    /**
     * Obtains the document of a statement not issued yet (a draft).
     *
     * @param statement the computed statement, not null
     * @return the document, not null
     */
    public static StatementDocument draft(CustomerStatement statement) {
        return new StatementDocument(Objects.requireNonNull(statement, "statement"), null);
    }


    /** @return the statement, not null */
    public CustomerStatement statement() {
        return statement;
    }

    /** @return the issued statement, or empty for a draft, not null */
    public Optional<IssuedStatement> issued() {
        return Optional.ofNullable(issued);
    }

    /** @return the statement number, or "DRAFT", not null */
    public String number() {
        return issued != null ? issued.number() : "DRAFT";
    }

    /** @return the payment status, or "DRAFT", not null */
    public String status() {
        return issued != null ? issued.status().name() : "DRAFT";
    }

    /** @return the status of an issued statement, or empty, not null */
    public Optional<BillStatus> billStatus() {
        return issued != null ? Optional.of(issued.status()) : Optional.empty();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StatementDocument o && o.statement.equals(statement) && Objects.equals(o.issued, issued);
    }

    @Override
    public int hashCode() {
        return statement.hashCode();
    }

    @Override
    public String toString() {
        return "StatementDocument[" + number() + " " + statement + "]";
    }
}
