package io.partnerbill.core.payment;

import io.partnerbill.core.bill.IssuedBill;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which a payment settles a partner's unpaid bills (a plug-in of the facade's
 * builder). The payment fills each bill in turn, partially where it runs out.
 */
@FunctionalInterface
public interface PaymentAllocation {

    /**
     * Orders the unpaid bills a payment is applied to.
     *
     * @param unpaid the partner's bills with something outstanding, oldest cycle first, not null
     * @return the same bills in the order to settle them, not null
     */
    List<IssuedBill> order(List<IssuedBill> unpaid);

    /**
     * Returns the default: oldest cycle first.
     *
     * @return the allocation, not null
     */
    static PaymentAllocation oldestFirst() {
        return unpaid -> unpaid.stream().sorted(Comparator.comparing(IssuedBill::cycle)).toList();
    }
}
