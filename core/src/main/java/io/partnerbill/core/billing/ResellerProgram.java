package io.partnerbill.core.billing;

import io.partnerbill.core.reseller.ApplicationStatus;
import io.partnerbill.core.reseller.Enrollment;
import io.partnerbill.core.reseller.Reseller;
import io.partnerbill.core.reseller.ResellerAgreement;
import io.partnerbill.core.reseller.StatusChange;
import io.partnerbill.core.EnrollmentException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.store.BillingStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The marketplace sales program: partners enroll, and their applications are approved or
 * rejected.
 *
 * <p>A partner must be a member of the CSP program and joins only by accepting the reseller
 * agreement (its version and accepting instant are kept); the application is then SUBMITTED.
 * A SUBMITTED application becomes APPROVED or REJECTED (with a reason); a REJECTED partner may
 * enroll again, which submits a new application. Every step is kept in the reseller's history,
 * dated by the program's clock.
 *
 * <p>This class is thread-safe; each operation is one transaction of the store.
 */
public final class ResellerProgram {

    private final BillingStore store;
    private final Clock clock;

    private ResellerProgram(BillingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Obtains the program over a store. Services normally use {@code PartnerBilling.resellers()}.
     *
     * @param store the store, not null
     * @param clock the clock that dates status changes, not null
     * @return the program, not null
     */
    public static ResellerProgram of(BillingStore store, Clock clock) {
        return new ResellerProgram(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Enrolls a partner: its application is SUBMITTED. Enrolling again with the same request
     * returns the stored reseller; a REJECTED partner's new request submits a new application.
     *
     * @param enrollment the request, not null
     * @return the reseller, not null
     * @throws EnrollmentException if the partner is no CSP member, has not accepted the
     *         agreement, or is enrolled already with another request and not REJECTED
     */
    public Reseller enroll(Enrollment enrollment) {
        Objects.requireNonNull(enrollment, "enrollment");
        PartnerId partner = enrollment.partner();
        if (!enrollment.isCspMember()) {
            throw new EnrollmentException("Partner '" + partner + "' is not a member of the CSP program;"
                    + " only CSP members can join the marketplace sales program");
        }
        ResellerAgreement agreement = enrollment.agreement().orElseThrow(() -> new EnrollmentException(
                "Partner '" + partner + "' has not accepted the reseller agreement;"
                        + " it joins the marketplace sales program only by accepting it"));
        Instant now = clock.instant();
        return store.inTransaction(s -> {
            Optional<Reseller> existing = s.resellers().find(partner);
            if (existing.isEmpty()) {
                Reseller reseller = Reseller.of(partner, enrollment.name(), agreement,
                        List.of(new StatusChange(ApplicationStatus.SUBMITTED, now, "")));
                s.resellers().insert(reseller);
                return reseller;
            }
            Reseller current = existing.get();
            if (current.status() == ApplicationStatus.REJECTED) {
                Reseller again = Reseller.of(partner, enrollment.name(), agreement, current.history())
                        .with(new StatusChange(ApplicationStatus.SUBMITTED, now, ""), agreement);
                s.resellers().update(again);
                return again;
            }
            if (current.name().equals(enrollment.name()) && current.agreement().equals(agreement)) {
                return current;
            }
            throw new EnrollmentException("Partner '" + partner + "' is enrolled already (" + current.status()
                    + ", agreement " + current.agreement() + "); only a REJECTED partner may enroll again");
        });
    }

    /**
     * Approves a SUBMITTED application.
     *
     * @param partner the partner, not null
     * @return the approved reseller, not null
     * @throws UnknownEntityException if the partner is not enrolled
     * @throws EnrollmentException if its application is not SUBMITTED
     */
    public Reseller approve(PartnerId partner) {
        return decide(partner, ApplicationStatus.APPROVED, "");
    }

    /**
     * Rejects a SUBMITTED application.
     *
     * @param partner the partner, not null
     * @param reason why, not blank, not null
     * @return the rejected reseller, not null
     * @throws UnknownEntityException if the partner is not enrolled
     * @throws EnrollmentException if its application is not SUBMITTED
     * @throws io.partnerbill.core.InvalidValueException if the reason is blank
     */
    public Reseller reject(PartnerId partner, String reason) {
        return decide(partner, ApplicationStatus.REJECTED, Objects.requireNonNull(reason, "reason"));
    }

    private Reseller decide(PartnerId partner, ApplicationStatus status, String reason) {
        Objects.requireNonNull(partner, "partner");
        StatusChange change = new StatusChange(status, clock.instant(), reason);
        return store.inTransaction(s -> {
            Reseller current = get(s, partner);
            if (current.status() != ApplicationStatus.SUBMITTED) {
                throw new EnrollmentException("Application of reseller '" + partner + "' cannot become " + status
                        + ": it is " + current.status() + ", not SUBMITTED");
            }
            Reseller decided = current.with(change, current.agreement());
            s.resellers().update(decided);
            return decided;
        });
    }

    static Reseller get(BillingStore s, PartnerId partner) {
        return s.resellers().find(partner)
                .orElseThrow(() -> new UnknownEntityException("Unknown reseller '" + partner + "'"));
    }

    /**
     * Finds a reseller.
     *
     * @param partner the partner, not null
     * @return the reseller, or empty if the partner never enrolled, not null
     */
    public Optional<Reseller> find(PartnerId partner) {
        return store.resellers().find(Objects.requireNonNull(partner, "partner"));
    }

    /**
     * Returns a reseller.
     *
     * @param partner the partner, not null
     * @return the reseller, not null
     * @throws UnknownEntityException if the partner never enrolled
     */
    public Reseller get(PartnerId partner) {
        return get(store, Objects.requireNonNull(partner, "partner"));
    }

    /**
     * Lists every reseller, by partner id.
     *
     * @return the resellers, not null
     */
    public List<Reseller> list() {
        return store.resellers().list();
    }
}
