package io.partnerbill.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A subclass that does not name a code (as another module's new exception, written against the
 * message-only constructors, does not) gets the code of its nearest superclass that has one.
 */
class ErrorCodeInheritanceTest {

    static Stream<Arguments> subclassesWithoutCode() {
        return Stream.of(
                Arguments.of(new PartnerBillingException("m") { }, ErrorCode.UNCLASSIFIED),
                Arguments.of(new PartnerBillingException("m", new IllegalStateException()) { }, ErrorCode.UNCLASSIFIED),
                Arguments.of(new InvalidValueException("m") { }, ErrorCode.INVALID_VALUE),
                Arguments.of(new DuplicateKeyException("m") { }, ErrorCode.DUPLICATE_KEY),
                Arguments.of(new DuplicateOrderException("m", OrderId.of("O1"), List.of()) { },
                        ErrorCode.DUPLICATE_ORDER),
                Arguments.of(new EnrollmentException("m") { }, ErrorCode.ENROLLMENT_REFUSED),
                Arguments.of(new ResellerNotApprovedException("m") { }, ErrorCode.RESELLER_NOT_APPROVED),
                Arguments.of(new UnknownEntityException("m") { }, ErrorCode.NOT_FOUND),
                Arguments.of(new CycleClosedException("m") { }, ErrorCode.CYCLE_CLOSED),
                Arguments.of(new BudgetExceededException("m", money("1"), money("2")) { }, ErrorCode.BUDGET_EXCEEDED),
                Arguments.of(new CurrencyMismatchException("m") { }, ErrorCode.CURRENCY_MISMATCH));
    }

    @ParameterizedTest
    @MethodSource("subclassesWithoutCode")
    void subclass_inheritsTheCodeOfItsNearestKnownSuperclass(PartnerBillingException e, ErrorCode code) {
        assertThat(e.code()).isEqualTo(code);
        assertThat(e).hasMessage("m");
    }

    /** The message-only constructors kept for compatibility leave the typed fields empty. */
    @Test
    void messageOnlyConstructors_leaveTypedFieldsEmpty() {
        CycleClosedException closed = new CycleClosedException("m");
        BudgetExceededException exceeded = new BudgetExceededException("m", money("1"), money("2"));
        CurrencyMismatchException mismatch = new CurrencyMismatchException("m");

        assertThat(List.of(closed.partner(), closed.cycle(), exceeded.customer(), exceeded.order(),
                mismatch.expected(), mismatch.actual())).allMatch(Optional::isEmpty);
        assertThat(exceeded.requested().getNumber().intValueExact()).isEqualTo(2);
    }

    private static javax.money.MonetaryAmount money(String value) {
        return io.partnerbill.core.money.ExactMoney.monetary(new java.math.BigDecimal(value),
                javax.money.Monetary.getCurrency("USD"));
    }
}
