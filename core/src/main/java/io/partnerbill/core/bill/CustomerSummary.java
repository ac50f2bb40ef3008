package io.partnerbill.core.bill;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.money.ExactMoney;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One customer's row of the by-customer view: the settlement of its expenditures, refunds and
 * adjustments and its total, each rounded on its own. The lines behind a row are read from
 * the line store ({@code PartnerBilling.lines().ofCustomer(..)}).
 *
 * @param customer the customer, not null
 * @param expenditures settlement of its expenditure lines, rounded, not null
 * @param refunds settlement of its refund lines (zero or negative), rounded, not null
 * @param adjustments settlement of its adjustment lines, rounded, not null
 * @param total its exact net settlement, rounded, not null
 * @param lineCount how many lines it has
 */
public record CustomerSummary(CustomerId customer, MonetaryAmount expenditures, MonetaryAmount refunds,
        MonetaryAmount adjustments, MonetaryAmount total, long lineCount) {

    /** Checks that no component is null. */
    public CustomerSummary {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(expenditures, "expenditures");
        Objects.requireNonNull(refunds, "refunds");
        Objects.requireNonNull(adjustments, "adjustments");
        Objects.requireNonNull(total, "total");
    }

    @Override
    public String toString() {
        return customer + " " + ExactMoney.format(total) + " (" + lineCount + " lines)";
    }
}
