package io.partnerbill.export.invoice;

import io.partnerbill.core.InvalidValueException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who issues or receives a tax invoice: the legal name, the postal address, the country, and
 * optionally the region (state, province) and the tax id (a GSTIN, a VAT id).
 *
 * <p>Core's {@code Reseller} and {@code Customer} hold names only; the caller supplies
 * addresses and tax ids through {@link InvoiceParties}. Names are kept as given, hostile text
 * included: the writers render them as text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvoiceParty {

    private final String name;
    private final List<String> address;
    private final String country;
    private final @Nullable String region;
    private final @Nullable String taxId;

    private InvoiceParty(String name, List<String> address, String country, @Nullable String region,
            @Nullable String taxId) {
        this.name = name;
        this.address = address;
        this.country = country;
        this.region = region;
        this.taxId = taxId;
    }

    /**
     * Obtains a party without region or tax id.
     *
     * @param name the legal name, not blank, not null
     * @param address the address lines, one or more, none blank, not null
     * @param country the ISO 3166-1 alpha-2 country code, such as "IN", not null
     * @return the party, not null
     * @throws InvalidValueException if the name or an address line is blank, there is no address
     *         line, or the country is not two upper-case letters
     */
    public static InvoiceParty of(String name, List<String> address, String country) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        List<String> lines = List.copyOf(Objects.requireNonNull(address, "address"));
        if (name.isBlank()) {
            throw new InvalidValueException("Invoice party name must not be blank, was '" + name + "'");
        }
        if (lines.isEmpty() || lines.stream().anyMatch(String::isBlank)) {
            throw new InvalidValueException("Address of invoice party '" + name
                    + "' needs one or more non-blank lines, was " + lines);
        }
        if (!country.matches("[A-Z]{2}")) {
            throw new InvalidValueException("Country of invoice party '" + name
                    + "' must be an ISO 3166-1 alpha-2 code such as 'IN', was '" + country + "'");
        }
        return new InvoiceParty(name, lines, country, null, null);
    }

    /**
     * Returns a copy with a region (state or province).
     *
     * @param region the region, such as "Karnataka", not blank, not null
     * @return the new party, not null
     */
    public InvoiceParty withRegion(String region) {
        return new InvoiceParty(name, address, country, nonBlank(region, "Region"), taxId);
    }

    /**
     * Returns a copy with a tax id.
     *
     * @param taxId the tax id, such as a GSTIN "29AAACB1234C1Z5" or a VAT id, not blank, not null
     * @return the new party, not null
     */
    public InvoiceParty withTaxId(String taxId) {
        return new InvoiceParty(name, address, country, region, nonBlank(taxId, "Tax id"));
    }

    private String nonBlank(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new InvalidValueException(what + " of invoice party '" + name + "' must not be blank, was '" + text
                    + "'");
        }
        return text;
    }

    /** @return the legal name, not null */
    public String name() {
        return name;
    }

    /** @return the address lines, not null */
    public List<String> address() {
        return address;
    }

    /** @return the ISO 3166-1 alpha-2 country code, not null */
    public String country() {
        return country;
    }

    /** @return the region, not null */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** @return the tax id, not null */
    public Optional<String> taxId() {
        return Optional.ofNullable(taxId);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InvoiceParty o && o.name.equals(name) && o.address.equals(address)
                && o.country.equals(country) && Objects.equals(o.region, region) && Objects.equals(o.taxId, taxId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, country, region, taxId);
    }

    @Override
    public String toString() {
        return "InvoiceParty['" + name + "' " + country + (taxId == null ? "" : " " + taxId) + "]";
    }
}
