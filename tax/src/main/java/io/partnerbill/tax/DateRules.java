package io.partnerbill.tax;

import io.partnerbill.core.tax.TaxRequest;
import java.time.LocalDate;

/** The built-in {@link TaxDateRule}s. */
enum DateRules implements TaxDateRule {
    ISSUE_DATE("TaxDateRule.issueDate()") {
        @Override
        public LocalDate dateFor(TaxRequest request) {
            return request.taxDate();
        }
    },
    CYCLE_START("TaxDateRule.cycleStart()") {
        @Override
        public LocalDate dateFor(TaxRequest request) {
            return request.cycle().month().atDay(1);
        }
    },
    CYCLE_END("TaxDateRule.cycleEnd()") {
        @Override
        public LocalDate dateFor(TaxRequest request) {
            return request.cycle().month().atEndOfMonth();
        }
    };

    private final String text;

    DateRules(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Always the same day. */
    record Fixed(LocalDate date) implements TaxDateRule {
        @Override
        public LocalDate dateFor(TaxRequest request) {
            return date;
        }

        @Override
        public String toString() {
            return "TaxDateRule.fixed(" + date + ")";
        }
    }
}
