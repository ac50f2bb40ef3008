package io.partnerbill.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who issues an invoice: the operator's entity issues the partners' bills, a reseller issues
 * its customers' statements. Tax law wants invoice numbers unique per issuer, so an issuer owns
 * its number series.
 *
 * <p>{@code toString()} is {@code operator} or {@code reseller:<partner id>}, and
 * {@link #parse(String)} reads it back. This class is immutable and thread-safe.
 */
public final class Issuer {

    private static final String OPERATOR = "operator";
    private static final String RESELLER = "reseller:";
    private static final Issuer THE_OPERATOR = new Issuer(null);

    private final @Nullable PartnerId reseller;

    private Issuer(@Nullable PartnerId reseller) {
        this.reseller = reseller;
    }

    /**
     * Returns the operator's entity, the issuer of every partner's bill.
     *
     * @return the operator, not null
     */
    public static Issuer operator() {
        return THE_OPERATOR;
    }

    /**
     * Returns a reseller as the issuer of its customers' statements.
     *
     * @param reseller the reseller, not null
     * @return the issuer, not null
     */
    public static Issuer reseller(PartnerId reseller) {
        return new Issuer(Objects.requireNonNull(reseller, "reseller"));
    }

    /**
     * Returns who issues the bill or statement of a billed party: the operator for a partner,
     * the reseller for a customer of the reseller.
     *
     * @param party the party billed, not null
     * @return the issuer, not null
     */
    public static Issuer of(BilledParty party) {
        Objects.requireNonNull(party, "party");
        return party.isCustomer() ? reseller(party.partner()) : operator();
    }

    /**
     * Reads {@code operator} or {@code reseller:<partner id>}.
     *
     * @param text the text, not null
     * @return the issuer, not null
     * @throws InvalidValueException if the text is neither
     */
    public static Issuer parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.equals(OPERATOR)) {
            return THE_OPERATOR;
        }
        if (text.startsWith(RESELLER)) {
            return reseller(PartnerId.of(text.substring(RESELLER.length())));
        }
        throw new InvalidValueException("An issuer is 'operator' or 'reseller:<partner id>', was '" + text + "'");
    }

    /**
     * Returns the reseller that issues, or empty for the operator.
     *
     * @return the reseller, not null
     */
    public Optional<PartnerId> reseller() {
        return Optional.ofNullable(reseller);
    }

    /**
     * Tells whether this is the operator's entity.
     *
     * @return true for the operator
     */
    public boolean isOperator() {
        return reseller == null;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Issuer other && Objects.equals(reseller, other.reseller);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reseller);
    }

    @Override
    public String toString() {
        return reseller == null ? OPERATOR : RESELLER + reseller.value();
    }
}
