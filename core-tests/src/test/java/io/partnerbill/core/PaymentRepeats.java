package io.partnerbill.core;

import io.partnerbill.core.payment.Payment;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The repeats of a first payment of 60.00 that both payment sides must take as that payment again. */
final class PaymentRepeats {

    private PaymentRepeats() {
    }

    /**
     * @param first when the first payment was received
     * @param payment the side's payment of an amount received at an instant, same payer, reference and method
     */
    static Stream<Arguments> of(Instant first, BiFunction<String, Instant, Payment> payment) {
        return Stream.of(
                // the same payment recorded again a minute, or a day, later (a retry after a lost answer)
                Arguments.of(payment.apply("60.00", first.plusSeconds(60))),
                Arguments.of(payment.apply("60.00", first.plusSeconds(86_400))),
                // stamped earlier than the first, and the amount written at another scale
                Arguments.of(payment.apply("60", first.minusSeconds(1))),
                Arguments.of(payment.apply("60.00", first)));
    }
}
