package io.partnerbill.tax;

import io.partnerbill.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a partner is registered for tax: its country; in India its GSTIN (whose first two
 * digits are its state, the place of supply) and whether it is an SEZ unit; in the EU its VAT
 * id, which makes it a business for the reverse charge.
 *
 * <p>The canonical text is the country, then the GSTIN or VAT id, then {@code SEZ}, separated
 * by single spaces: {@code "SG"}, {@code "IN 29ABCDE1234F1ZW"}, {@code "IN 29ABCDE1234F1ZW SEZ"},
 * {@code "DE DE123456789"}; {@link #parse} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TaxRegistration {

    private final Country country;
    private final @Nullable Gstin gstin;
    private final @Nullable VatId vatId;
    private final boolean sezUnit;

    private TaxRegistration(Country country, @Nullable Gstin gstin, @Nullable VatId vatId, boolean sezUnit) {
        this.country = country;
        this.gstin = gstin;
        this.vatId = vatId;
        this.sezUnit = sezUnit;
    }

    /**
     * Obtains a registration in a country outside India, without a VAT id.
     *
     * @param country the country, not India, not null
     * @return the registration, not null
     * @throws InvalidValueException for India, which needs a GSTIN
     */
    public static TaxRegistration of(Country country) {
        Objects.requireNonNull(country, "country");
        if (country.equals(Country.INDIA)) {
            throw new InvalidValueException("A registration in 'IN' needs a GSTIN: use TaxRegistration.india(..)");
        }
        return new TaxRegistration(country, null, null, false);
    }

    /**
     * Obtains a registration in an EU member state with the partner's VAT id.
     *
     * @param vatId the VAT id, whose prefix names the country, not null
     * @return the registration, not null
     */
    public static TaxRegistration eu(VatId vatId) {
        Objects.requireNonNull(vatId, "vatId");
        return new TaxRegistration(vatId.country(), null, vatId, false);
    }

    /**
     * Obtains a registration in India; the state is the GSTIN's.
     *
     * @param gstin the partner's GSTIN, not null
     * @return the registration, not null
     */
    public static TaxRegistration india(Gstin gstin) {
        return new TaxRegistration(Country.INDIA, Objects.requireNonNull(gstin, "gstin"), null, false);
    }

    /**
     * Obtains a registration in India for a declared state, refusing a GSTIN of another state.
     *
     * @param state the state the partner declares, not null
     * @param gstin the partner's GSTIN, not null
     * @return the registration, not null
     * @throws InvalidGstinException if the GSTIN's state code is not the declared state's
     */
    public static TaxRegistration india(IndianState state, Gstin gstin) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(gstin, "gstin");
        if (gstin.state() != state) {
            throw new InvalidGstinException(gstin.value(), "GSTIN '" + gstin + "' has state code '"
                    + gstin.state().code() + "' (" + gstin.state().displayName() + ") but the declared state is '"
                    + state.code() + "' (" + state.displayName() + ")");
        }
        return india(gstin);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the text, such as "IN 29ABCDE1234F1ZW SEZ", not null
     * @return the registration, not null
     * @throws InvalidValueException if the text is not of that form
     */
    public static TaxRegistration parse(CharSequence text) {
        String s = text.toString();
        String[] parts = s.split(" ", -1);
        Country country = Country.parse(parts[0]);
        if (parts.length == 1) {
            return of(country);
        }
        if (country.equals(Country.INDIA) && parts.length <= 3) {
            TaxRegistration r = india(Gstin.parse(parts[1]));
            if (parts.length == 2) {
                return r;
            }
            if (parts[2].equals("SEZ")) {
                return r.asSezUnit();
            }
        } else if (parts.length == 2) {
            VatId vatId = VatId.parse(parts[1]);
            if (vatId.country().equals(country)) {
                return eu(vatId);
            }
        }
        throw new InvalidValueException("Tax registration must look like 'SG', 'IN 29ABCDE1234F1ZW [SEZ]' or "
                + "'DE DE123456789', was '" + s + "'");
    }

    /**
     * Returns this Indian registration as that of a unit in a special economic zone, whose
     * supplies are inter-state (IGST) even from a supplier in the same state.
     *
     * @return the SEZ registration, not null
     * @throws InvalidValueException if this is not a registration in India
     */
    public TaxRegistration asSezUnit() {
        if (gstin == null) {
            throw new InvalidValueException("Only a registration in India can be an SEZ unit, was '" + this + "'");
        }
        return new TaxRegistration(country, gstin, null, true);
    }

    /** @return the country of registration, not null */
    public Country country() {
        return country;
    }

    /** @return the GSTIN of a registration in India, or empty, not null */
    public Optional<Gstin> gstin() {
        return Optional.ofNullable(gstin);
    }

    /** @return the state (place of supply) of a registration in India, or empty, not null */
    public Optional<IndianState> state() {
        return gstin == null ? Optional.empty() : Optional.of(gstin.state());
    }

    /** @return the EU VAT id, or empty, not null */
    public Optional<VatId> vatId() {
        return Optional.ofNullable(vatId);
    }

    /** @return true for an Indian unit in a special economic zone */
    public boolean isSezUnit() {
        return sezUnit;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TaxRegistration o && o.country.equals(country) && Objects.equals(o.gstin, gstin)
                && Objects.equals(o.vatId, vatId) && o.sezUnit == sezUnit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, gstin, vatId, sezUnit);
    }

    /** Returns the canonical text, such as {@code "IN 29ABCDE1234F1ZW SEZ"}. */
    @Override
    public String toString() {
        return country + (gstin != null ? " " + gstin : "") + (vatId != null ? " " + vatId : "") + (sezUnit ? " SEZ" : "");
    }
}
