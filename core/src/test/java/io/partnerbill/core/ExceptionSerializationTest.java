package io.partnerbill.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Exceptions cross process boundaries (a Spark task's failure is serialized to the driver; a
 * remote call returns its refusal): each keeps its message, code, concerns and own values
 * through Java serialization.
 */
class ExceptionSerializationTest {

    @Test
    void duplicateOrder_keepsOrderAndDifferences() throws Exception {
        DuplicateOrderException thrown = new DuplicateOrderException("Order 'O-7' already has a different line",
                OrderId.of("O-7"), List.of(new DuplicateOrderException.Difference("customerExpenditure",
                        "30.00000000", "31.00000000")));

        DuplicateOrderException read = roundTrip(thrown);

        assertThat(read.getMessage()).isEqualTo("Order 'O-7' already has a different line: "
                + "customerExpenditure '30.00000000' stored, '31.00000000' offered");
        assertThat(read.code()).isEqualTo(ErrorCode.DUPLICATE_ORDER);
        assertThat(read.order()).contains(OrderId.of("O-7"));
        assertThat(read.differences()).containsExactly(
                new DuplicateOrderException.Difference("customerExpenditure", "30.00000000", "31.00000000"));
    }

    @Test
    void cycleClosed_keepsPartnerAndCycle() throws Exception {
        CycleClosedException read = roundTrip(new CycleClosedException(PartnerId.of("P-1"), BillCycle.of(2025, 3),
                "Cycle 2025-03 of partner 'P-1' is closed"));

        assertThat(read.code()).isEqualTo(ErrorCode.CYCLE_CLOSED);
        assertThat(read.partner()).contains(PartnerId.of("P-1"));
        assertThat(read.cycle()).contains(BillCycle.of(2025, 3));
        assertThat(read.order()).isEmpty();
        assertThat(read.customer()).isEmpty();
    }

    @Test
    void budgetExceeded_keepsAmountsAndCustomer() throws Exception {
        BudgetExceededException read = roundTrip(new BudgetExceededException(CustomerId.of("C-1"), OrderId.of("O-1"),
                Money.of(new BigDecimal("4.50"), "USD"), Money.of(new BigDecimal("5.00"), "USD"),
                "Order 'O-1' needs 5.00 USD but customer 'C-1' has 4.50 USD left"));

        assertThat(read.remaining()).isEqualTo(Money.of(new BigDecimal("4.50"), "USD"));
        assertThat(read.requested()).isEqualTo(Money.of(new BigDecimal("5.00"), "USD"));
        assertThat(read.customer()).contains(CustomerId.of("C-1"));
        assertThat(read.order()).contains(OrderId.of("O-1"));
    }

    @Test
    void invalidValue_keepsMessageAndCode() throws Exception {
        InvalidValueException read = roundTrip(new InvalidValueException("Bill line column 'regionCode' must not be null"));

        assertThat(read.getMessage()).isEqualTo("Bill line column 'regionCode' must not be null");
        assertThat(read.code()).isEqualTo(ErrorCode.INVALID_VALUE);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T roundTrip(T thrown) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(thrown);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Object read = in.readObject();
            assertThat(read).isExactlyInstanceOf(thrown.getClass());
            return (T) read;
        }
    }
}
