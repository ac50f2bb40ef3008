package io.partnerbill.core.reseller;

import io.partnerbill.core.billing.ResellerProgram;
import io.partnerbill.core.PartnerId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A partner's request to join the marketplace sales program: who it is, whether it is a
 * member of the CSP program, and its acceptance of the reseller agreement.
 *
 * <p>Building one checks only that the partner and name are given; whether the request is
 * granted is {@link ResellerProgram#enroll}'s decision.
 *
 * <pre>{@code
 * Enrollment.of(PartnerId.of("P-1"), "Acme Cloud")
 *         .cspMember(true)
 *         .acceptAgreement("2024.1", acceptedAt);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Enrollment {

    private final PartnerId partner;
    private final String name;
    private final boolean cspMember;
    private final @Nullable ResellerAgreement agreement;

    private Enrollment(PartnerId partner, String name, boolean cspMember, @Nullable ResellerAgreement agreement) {
        this.partner = partner;
        this.name = name;
        this.cspMember = cspMember;
        this.agreement = agreement;
    }

    /**
     * Starts a request of a partner that is not (yet) known as a CSP member and has not accepted the agreement.
     *
     * @param partner the partner, not null
     * @param name the partner's name, not blank, not null
     * @return the request, not null
     */
    public static Enrollment of(PartnerId partner, String name) {
        return new Enrollment(Objects.requireNonNull(partner, "partner"), Reseller.checkName(name, "Reseller name"),
                false, null);
    }

    /**
     * Returns this request stating whether the partner is a CSP program member.
     *
     * @param member true if it is a member
     * @return the request, not null
     */
    public Enrollment cspMember(boolean member) {
        return new Enrollment(partner, name, member, agreement);
    }

    /**
     * Returns this request with the reseller agreement accepted.
     *
     * @param version the agreement's version, not null
     * @param acceptedAt when it was accepted, not null
     * @return the request, not null
     */
    public Enrollment acceptAgreement(String version, java.time.Instant acceptedAt) {
        return new Enrollment(partner, name, cspMember, ResellerAgreement.accepted(version, acceptedAt));
    }

    /** @return the partner, not null */
    public PartnerId partner() {
        return partner;
    }

    /** @return the partner's name, not null */
    public String name() {
        return name;
    }

    /** @return true if the partner is a CSP program member */
    public boolean isCspMember() {
        return cspMember;
    }

    /** @return the accepted agreement, or empty, not null */
    public Optional<ResellerAgreement> agreement() {
        return Optional.ofNullable(agreement);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Enrollment o && o.partner.equals(partner) && o.name.equals(name)
                && o.cspMember == cspMember && Objects.equals(o.agreement, agreement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partner, name, cspMember, agreement);
    }

    @Override
    public String toString() {
        return "Enrollment[" + partner + " '" + name + "', csp=" + cspMember + ", agreement "
                + (agreement == null ? "not accepted" : agreement) + "]";
    }
}
