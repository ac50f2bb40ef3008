package io.partnerbill.core.billing;

import io.partnerbill.core.reseller.ApplicationStatus;
import io.partnerbill.core.reseller.Enrollment;
import io.partnerbill.core.reseller.Reseller;
import io.partnerbill.core.reseller.ResellerAgreement;
import io.partnerbill.core.reseller.StatusChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.EnrollmentException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ResellerNotApprovedException;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.testing.OrdersFixture;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResellerProgramTest {

    private static final PartnerId P1 = PartnerId.of("P1");
    private static final Instant ACCEPTED = Instant.parse("2024-02-28T08:00:00Z");

    private final OrdersFixture fx = OrdersFixture.create();
    private final ResellerProgram program = fx.billing.resellers();

    private static Enrollment complete() {
        return Enrollment.of(P1, "Acme Cloud").cspMember(true).acceptAgreement("2024.1", ACCEPTED);
    }

    @Test
    void enroll_submitsApplication_keepingAgreementVersionAndInstant() {
        Reseller reseller = program.enroll(complete());

        assertThat(reseller.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(reseller.agreement().version()).isEqualTo("2024.1");
        assertThat(reseller.agreement().acceptedAt()).isEqualTo(ACCEPTED);
        assertThat(reseller.history()).containsExactly(new StatusChange(ApplicationStatus.SUBMITTED, fx.clock.instant(), ""));
        assertThat(program.find(P1)).contains(reseller);
    }

    @Test
    void enroll_refusesPartnerOutsideCspProgram() {
        assertThatThrownBy(() -> program.enroll(Enrollment.of(P1, "Acme").acceptAgreement("2024.1", ACCEPTED)))
                .isInstanceOf(EnrollmentException.class)
                .hasMessage("Partner 'P1' is not a member of the CSP program;"
                        + " only CSP members can join the marketplace sales program");
        assertThat(program.find(P1)).isEmpty();
    }

    @Test
    void enroll_refusesPartnerThatDidNotAcceptAgreement() {
        assertThatThrownBy(() -> program.enroll(Enrollment.of(P1, "Acme").cspMember(true)))
                .isInstanceOf(EnrollmentException.class)
                .hasMessage("Partner 'P1' has not accepted the reseller agreement;"
                        + " it joins the marketplace sales program only by accepting it");
        assertThat(program.list()).isEmpty();
    }

    @Test
    void enroll_sameRequestAgain_returnsStoredReseller() {
        Reseller first = program.enroll(complete());
        fx.clock.set(fx.clock.instant().plusSeconds(3600));

        assertThat(program.enroll(complete())).isEqualTo(first);
        assertThat(program.get(P1).history()).hasSize(1);
    }

    @Test
    void enroll_otherRequestOfEnrolledPartner_isRefused() {
        program.enroll(complete());

        assertThatThrownBy(() -> program.enroll(complete().acceptAgreement("2025.1", ACCEPTED)))
                .isInstanceOf(EnrollmentException.class)
                .hasMessageContaining("Partner 'P1' is enrolled already (SUBMITTED");
    }

    @Test
    void approve_makesResellerApproved_andKeepsHistory() {
        program.enroll(complete());
        Instant decided = fx.clock.instant().plusSeconds(86_400);
        fx.clock.set(decided);

        Reseller approved = program.approve(P1);

        assertThat(approved.isApproved()).isTrue();
        assertThat(approved.history()).extracting(StatusChange::status)
                .containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED);
        assertThat(approved.history().get(1).at()).isEqualTo(decided);
        assertThat(program.get(P1)).isEqualTo(approved);
    }

    @Test
    void reject_keepsReason_andPartnerMayEnrollAgain() {
        program.enroll(complete());

        Reseller rejected = program.reject(P1, "incomplete business licence");

        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.rejectionReason()).contains("incomplete business licence");
        Reseller again = program.enroll(complete().acceptAgreement("2024.2", ACCEPTED.plusSeconds(5)));
        assertThat(again.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(again.agreement().version()).isEqualTo("2024.2");
        assertThat(again.history()).extracting(StatusChange::status)
                .containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.REJECTED, ApplicationStatus.SUBMITTED);
        assertThat(again.rejectionReason()).isEmpty();
    }

    @Test
    void reject_refusesBlankReason() {
        program.enroll(complete());

        assertThatThrownBy(() -> program.reject(P1, " "))
                .isInstanceOf(InvalidValueException.class).hasMessage("A rejection must give a reason, was ' '");
        assertThat(program.get(P1).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void approve_refusesApplicationThatIsNotSubmitted() {
        program.enroll(complete());
        program.approve(P1);

        assertThatThrownBy(() -> program.approve(P1))
                .isInstanceOf(EnrollmentException.class)
                .hasMessage("Application of reseller 'P1' cannot become APPROVED: it is APPROVED, not SUBMITTED");
        assertThatThrownBy(() -> program.reject(P1, "late"))
                .isInstanceOf(EnrollmentException.class)
                .hasMessage("Application of reseller 'P1' cannot become REJECTED: it is APPROVED, not SUBMITTED");
        assertThat(program.get(P1).history()).hasSize(2);
    }

    @Test
    void approve_refusesUnknownPartner() {
        assertThatThrownBy(() -> program.approve(PartnerId.of("P9")))
                .isInstanceOf(UnknownEntityException.class).hasMessage("Unknown reseller 'P9'");
    }

    @Test
    void requireApproved_namesResellerStatusAndAction() {
        Reseller submitted = program.enroll(complete());

        assertThatThrownBy(() -> submitted.requireApproved("own customers"))
                .isInstanceOf(ResellerNotApprovedException.class)
                .hasMessage("Reseller 'P1' is SUBMITTED, not APPROVED, and cannot own customers");
    }

    @Test
    void agreement_toStringParsesBack_andBadTextIsRefused() {
        ResellerAgreement agreement = ResellerAgreement.accepted("v2@beta", ACCEPTED);

        assertThat(agreement.toString()).isEqualTo("v2@beta@2024-02-28T08:00:00Z");
        assertThat(ResellerAgreement.parse(agreement.toString())).isEqualTo(agreement);
        assertThatThrownBy(() -> ResellerAgreement.parse("2024.1"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Agreement must look like '2024.1@2024-01-02T03:04:05Z', was '2024.1'");
        assertThatThrownBy(() -> ResellerAgreement.accepted(" 1", ACCEPTED))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("was ' 1'");
    }
}
