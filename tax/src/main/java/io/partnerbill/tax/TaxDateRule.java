package io.partnerbill.tax;

import io.partnerbill.core.tax.TaxRequest;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which day's rates apply to a bill: the policy that picks the date a {@link RateTable} is
 * read on. The default, {@link #issueDate()}, is the {@link TaxRequest#taxDate()} the core
 * passes, the cycle's issue date (the 5th of the next month), so a December 2023 bill issued
 * on 2024-01-05 is taxed at 2024's rates; {@link #cycleEnd()} taxes it at December's.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface TaxDateRule {

    /**
     * Returns the day whose rates apply to a request.
     *
     * @param request the request, not null
     * @return the day, not null
     */
    LocalDate dateFor(TaxRequest request);

    /**
     * Returns the rule that uses the request's tax date: the cycle's issue date in the billing
     * calendar when the core's monthly bill asks.
     *
     * @return the rule, not null
     */
    static TaxDateRule issueDate() {
        return DateRules.ISSUE_DATE;
    }

    /**
     * Returns the rule that uses the first day of the bill cycle.
     *
     * @return the rule, not null
     */
    static TaxDateRule cycleStart() {
        return DateRules.CYCLE_START;
    }

    /**
     * Returns the rule that uses the last day of the bill cycle.
     *
     * @return the rule, not null
     */
    static TaxDateRule cycleEnd() {
        return DateRules.CYCLE_END;
    }

    /**
     * Returns the rule that always uses one day the caller chooses.
     *
     * @param date the day, not null
     * @return the rule, not null
     */
    static TaxDateRule fixed(LocalDate date) {
        return new DateRules.Fixed(Objects.requireNonNull(date, "date"));
    }
}
