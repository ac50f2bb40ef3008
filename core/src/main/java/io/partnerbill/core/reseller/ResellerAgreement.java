package io.partnerbill.core.reseller;

import io.partnerbill.core.InvalidValueException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A partner's acceptance of the reseller agreement: the agreement's version and the instant
 * it was accepted.
 *
 * <p>The version is a non-blank text of at most 64 characters without surrounding blanks or
 * control characters. The canonical text is {@code "2024.1@2024-01-02T03:04:05Z"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResellerAgreement {

    private static final int MAX_VERSION = 64;

    private final String version;
    private final Instant acceptedAt;

    private ResellerAgreement(String version, Instant acceptedAt) {
        this.version = version;
        this.acceptedAt = acceptedAt;
    }

    /**
     * Obtains the acceptance of an agreement version at an instant.
     *
     * @param version the agreement's version, not null
     * @param acceptedAt when the partner accepted it, not null
     * @return the acceptance, not null
     * @throws InvalidValueException if the version is blank, too long, padded or has control characters
     */
    public static ResellerAgreement accepted(String version, Instant acceptedAt) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        if (version.isBlank() || version.length() > MAX_VERSION || !version.strip().equals(version)
                || version.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("Agreement version must be 1 to " + MAX_VERSION
                    + " characters without surrounding blanks or control characters, was '"
                    + version.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        return new ResellerAgreement(version, acceptedAt);
    }

    /**
     * Parses the form produced by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the acceptance, not null
     * @throws InvalidValueException if the text is not of that form
     */
    public static ResellerAgreement parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        int at = s.lastIndexOf('@');
        if (at < 0) {
            throw new InvalidValueException("Agreement must look like '2024.1@2024-01-02T03:04:05Z', was '" + s + "'");
        }
        try {
            return accepted(s.substring(0, at), Instant.parse(s.substring(at + 1)));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("Agreement must look like '2024.1@2024-01-02T03:04:05Z', was '" + s + "'");
        }
    }

    /** @return the agreement's version, not null */
    public String version() {
        return version;
    }

    /** @return when the partner accepted it, not null */
    public Instant acceptedAt() {
        return acceptedAt;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ResellerAgreement o && o.version.equals(version) && o.acceptedAt.equals(acceptedAt);
    }

    @Override
    public int hashCode() {
        return version.hashCode() * 31 + acceptedAt.hashCode();
    }

    /** Returns {@code "version@acceptedAt"}, such as {@code "2024.1@2024-01-02T03:04:05Z"}. */
    @Override
    public String toString() {
        return version + "@" + acceptedAt;
    }
}
