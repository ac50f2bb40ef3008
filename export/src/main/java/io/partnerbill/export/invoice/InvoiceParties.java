package io.partnerbill.export.invoice;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.UnknownEntityException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The issuers and recipients of tax invoices: the operator (who issues partner bills), each
 * partner (who receives its bill and issues its customers' statements) and each customer; and
 * the service code printed on every line of an Indian invoice (SAC 998315, "hosting and IT
 * infrastructure provisioning", unless set).
 *
 * <pre>{@code
 * InvoiceParties parties = InvoiceParties.builder()
 *         .operator(InvoiceParty.of("Cloud Operator Pvt Ltd", List.of("1 MG Road", "Bengaluru 560001"), "IN")
 *                 .withRegion("Karnataka").withTaxId("29AAACC1206D1ZM"))
 *         .partner(partner, InvoiceParty.of("Acme Resellers", List.of("2 Park St", "Kolkata 700016"), "IN"))
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvoiceParties {

    /** The SAC of cloud hosting and IT infrastructure provisioning, the default of Indian invoice lines. */
    public static final String CLOUD_SERVICES_SAC = "998315";

    private final @Nullable InvoiceParty operator;
    private final Map<PartnerId, InvoiceParty> partners;
    private final Map<CustomerId, InvoiceParty> customers;
    private final String serviceCode;

    private InvoiceParties(Builder b) {
        operator = b.operator;
        partners = Map.copyOf(b.partners);
        customers = Map.copyOf(b.customers);
        serviceCode = b.serviceCode;
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the operator, the issuer of partner bills.
     *
     * @return the operator, not null
     * @throws UnknownEntityException if none was set
     */
    public InvoiceParty operator() {
        if (operator == null) {
            throw new UnknownEntityException("No invoice party for the operator: set InvoiceParties.builder().operator(..)");
        }
        return operator;
    }

    /**
     * Returns a partner.
     *
     * @param partner the partner, not null
     * @return its party, not null
     * @throws UnknownEntityException if the partner has none
     */
    public InvoiceParty partner(PartnerId partner) {
        InvoiceParty party = partners.get(Objects.requireNonNull(partner, "partner"));
        if (party == null) {
            throw new UnknownEntityException("No invoice party for partner '" + partner + "'");
        }
        return party;
    }

    /**
     * Returns a customer.
     *
     * @param customer the customer, not null
     * @return its party, not null
     * @throws UnknownEntityException if the customer has none
     */
    public InvoiceParty customer(CustomerId customer) {
        InvoiceParty party = customers.get(Objects.requireNonNull(customer, "customer"));
        if (party == null) {
            throw new UnknownEntityException("No invoice party for customer '" + customer + "'");
        }
        return party;
    }

    /** @return the service code (SAC) of Indian invoice lines, not null */
    public String serviceCode() {
        return serviceCode;
    }

    @Override
    public String toString() {
        return "InvoiceParties[operator " + operator + ", " + partners.size() + " partners, " + customers.size()
                + " customers, SAC " + serviceCode + "]";
    }

    /** Builds {@link InvoiceParties}. */
    public static final class Builder {
        private @Nullable InvoiceParty operator;
        private final Map<PartnerId, InvoiceParty> partners = new HashMap<>();
        private final Map<CustomerId, InvoiceParty> customers = new HashMap<>();
        private String serviceCode = CLOUD_SERVICES_SAC;

        private Builder() {
        }

        /**
         * Sets the operator, the issuer of partner bills.
         *
         * @param party the party, not null
         * @return this builder
         */
        public Builder operator(InvoiceParty party) {
            operator = Objects.requireNonNull(party, "party");
            return this;
        }

        /**
         * Sets a partner's party.
         *
         * @param partner the partner, not null
         * @param party the party, not null
         * @return this builder
         */
        public Builder partner(PartnerId partner, InvoiceParty party) {
            partners.put(Objects.requireNonNull(partner, "partner"), Objects.requireNonNull(party, "party"));
            return this;
        }

        /**
         * Sets a customer's party.
         *
         * @param customer the customer, not null
         * @param party the party, not null
         * @return this builder
         */
        public Builder customer(CustomerId customer, InvoiceParty party) {
            customers.put(Objects.requireNonNull(customer, "customer"), Objects.requireNonNull(party, "party"));
            return this;
        }

        /**
         * Sets the service code (SAC) printed on Indian invoice lines.
         *
         * @param sac six digits, such as "998315", not null
         * @return this builder
         * @throws InvalidValueException if it is not six digits
         */
        public Builder serviceCode(String sac) {
            Objects.requireNonNull(sac, "sac");
            if (!sac.matches("[0-9]{6}")) {
                throw new InvalidValueException("Service code (SAC) must be six digits, was '" + sac + "'");
            }
            serviceCode = sac;
            return this;
        }

        /** @return the parties, not null */
        public InvoiceParties build() {
            return new InvoiceParties(this);
        }
    }
}
