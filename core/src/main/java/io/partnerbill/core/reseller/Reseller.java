package io.partnerbill.core.reseller;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ResellerNotApprovedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner enrolled in the marketplace sales program: its name, the reseller agreement it
 * accepted and the history of its application, whose last step is its current status.
 *
 * <p>The history starts with SUBMITTED; only an APPROVED reseller may own customers, set
 * budgets and have orders billed ({@link #requireApproved}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reseller {

    private final PartnerId partner;
    private final String name;
    private final ResellerAgreement agreement;
    private final List<StatusChange> history;

    private Reseller(PartnerId partner, String name, ResellerAgreement agreement, List<StatusChange> history) {
        this.partner = partner;
        this.name = name;
        this.agreement = agreement;
        this.history = history;
    }

    /**
     * Obtains a reseller (new, or as a store reads it back).
     *
     * @param partner the partner, not null
     * @param name the partner's name, not blank, not null
     * @param agreement the accepted agreement, not null
     * @param history the status changes, oldest first, starting with SUBMITTED, not empty, not null
     * @return the reseller, not null
     * @throws InvalidValueException if the name is blank or the history empty or not starting with SUBMITTED
     */
    public static Reseller of(PartnerId partner, String name, ResellerAgreement agreement, List<StatusChange> history) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(agreement, "agreement");
        List<StatusChange> copy = List.copyOf(Objects.requireNonNull(history, "history"));
        if (copy.isEmpty() || copy.get(0).status() != ApplicationStatus.SUBMITTED) {
            throw new InvalidValueException("History of reseller '" + partner + "' must start with SUBMITTED, was "
                    + copy);
        }
        return new Reseller(partner, checkName(name, "Reseller name"), agreement, copy);
    }

    static String checkName(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank() || text.length() > 256 || !text.strip().equals(text)) {
            throw new InvalidValueException(what + " must be 1 to 256 characters without surrounding blanks, was '"
                    + text + "'");
        }
        return text;
    }

    /** @return the partner, not null */
    public PartnerId partner() {
        return partner;
    }

    /** @return the partner's name, not null */
    public String name() {
        return name;
    }

    /** @return the reseller agreement accepted (the latest, after a re-enrollment), not null */
    public ResellerAgreement agreement() {
        return agreement;
    }

    /** @return the status changes, oldest first, not null */
    public List<StatusChange> history() {
        return history;
    }

    /** @return the current status: the last of the history, not null */
    public ApplicationStatus status() {
        return history.get(history.size() - 1).status();
    }

    /** @return true if the application is approved */
    public boolean isApproved() {
        return status() == ApplicationStatus.APPROVED;
    }

    /** @return the reason of the current rejection, or empty if the status is not REJECTED, not null */
    public Optional<String> rejectionReason() {
        StatusChange last = history.get(history.size() - 1);
        return last.status() == ApplicationStatus.REJECTED ? Optional.of(last.reason()) : Optional.empty();
    }

    /**
     * Checks that this reseller is approved.
     *
     * @param action what it tries to do, such as "place orders", not null
     * @return this reseller, not null
     * @throws ResellerNotApprovedException if its status is not APPROVED
     */
    public Reseller requireApproved(String action) {
        if (!isApproved()) {
            throw new ResellerNotApprovedException("Reseller '" + partner + "' is " + status()
                    + ", not APPROVED, and cannot " + action);
        }
        return this;
    }

    /** Returns this reseller after a status change, with the agreement it then has. */
    public Reseller with(StatusChange change, ResellerAgreement newAgreement) {
        List<StatusChange> longer = new ArrayList<>(history);
        longer.add(change);
        return new Reseller(partner, name, newAgreement, List.copyOf(longer));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Reseller o && o.partner.equals(partner) && o.name.equals(name)
                && o.agreement.equals(agreement) && o.history.equals(history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partner, name, agreement, history);
    }

    @Override
    public String toString() {
        return "Reseller[" + partner + " '" + name + "', " + status() + ", agreement " + agreement + "]";
    }
}
