package io.partnerbill.tax;

import io.partnerbill.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The operator's selling entity: its legal name and where it is registered for tax. In India
 * that is a GSTIN (whose state decides intra- or inter-state supply), and an Indian supplier
 * may export under a letter of undertaking (LUT), which zero-rates exports.
 *
 * <p>This is configuration, given to {@link RegionTaxPolicy.Builder#supplier(Supplier)}.
 * This class is immutable and thread-safe.
 */
public final class Supplier {

    private final String name;
    private final Country country;
    private final @Nullable Gstin gstin;
    private final @Nullable String lutReference;

    private Supplier(String name, Country country, @Nullable Gstin gstin, @Nullable String lutReference) {
        this.name = name;
        this.country = country;
        this.gstin = gstin;
        this.lutReference = lutReference;
    }

    /**
     * Obtains a supplier registered outside India.
     *
     * @param name the legal entity's name, not blank
     * @param country the country of registration, not India, not null
     * @return the supplier, not null
     * @throws InvalidValueException if the name is blank or the country is India
     */
    public static Supplier of(String name, Country country) {
        Objects.requireNonNull(country, "country");
        if (country.equals(Country.INDIA)) {
            throw new InvalidValueException("A supplier in 'IN' needs a GSTIN: use Supplier.india(..), was '" + name + "'");
        }
        return new Supplier(checkName(name), country, null, null);
    }

    /**
     * Obtains a supplier registered in India.
     *
     * @param name the legal entity's name, not blank
     * @param gstin its GSTIN, whose state is the supplier's location, not null
     * @return the supplier, not null
     * @throws InvalidValueException if the name is blank
     */
    public static Supplier india(String name, Gstin gstin) {
        return new Supplier(checkName(name), Country.INDIA, Objects.requireNonNull(gstin, "gstin"), null);
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidValueException("Supplier name must not be blank, was '" + name + "'");
        }
        return name;
    }

    /**
     * Returns this Indian supplier exporting under a letter of undertaking: exports are then
     * zero-rated (IGST 0, reason "export under LUT") instead of charged IGST.
     *
     * @param reference the LUT's reference (its ARN), not blank
     * @return the supplier with the LUT, not null
     * @throws InvalidValueException if this supplier is not in India or the reference is blank
     */
    public Supplier withLetterOfUndertaking(String reference) {
        Objects.requireNonNull(reference, "reference");
        if (gstin == null) {
            throw new InvalidValueException("Only a supplier in India exports under a letter of undertaking, was '"
                    + this + "'");
        }
        if (reference.isBlank()) {
            throw new InvalidValueException("LUT reference must not be blank, was '" + reference + "'");
        }
        return new Supplier(name, country, gstin, reference);
    }

    /** @return the legal entity's name, not null */
    public String name() {
        return name;
    }

    /** @return the country of registration, not null */
    public Country country() {
        return country;
    }

    /** @return the GSTIN of a supplier in India, or empty, not null */
    public Optional<Gstin> gstin() {
        return Optional.ofNullable(gstin);
    }

    /** @return the state of a supplier in India, or empty, not null */
    public Optional<IndianState> state() {
        return gstin == null ? Optional.empty() : Optional.of(gstin.state());
    }

    /** @return the reference of the letter of undertaking, or empty, not null */
    public Optional<String> letterOfUndertaking() {
        return Optional.ofNullable(lutReference);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Supplier o && o.name.equals(name) && o.country.equals(country)
                && Objects.equals(o.gstin, gstin) && Objects.equals(o.lutReference, lutReference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, country, gstin, lutReference);
    }

    @Override
    public String toString() {
        return "Supplier[" + name + ", " + country + (gstin != null ? " " + gstin : "")
                + (lutReference != null ? ", LUT " + lutReference : "") + "]";
    }
}
