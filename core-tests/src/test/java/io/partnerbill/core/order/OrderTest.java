package io.partnerbill.core.order;

import static io.partnerbill.core.testing.OrdersFixture.order;
import static io.partnerbill.core.testing.OrdersFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.OrderType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant AT = Instant.parse("2024-03-10T06:00:00Z");
    private static final CustomerId C1 = CustomerId.of("C1");

    @Test
    void builder_defaults() {
        Order o = order("O1", C1, "12.5", AT).build();

        assertThat(o.orderType()).isEqualTo(OrderType.NEW_PURCHASE);
        assertThat(o.billingMode()).isEqualTo(BillingMode.YEARLY_MONTHLY);
        assertThat(o.productType()).isEqualTo("Common products");
        assertThat(o.region()).isEmpty();
        assertThat(o).hasToString("Order[O1 NEW_PURCHASE C1 ecs 'Elastic Cloud Server' @ap-southeast-1"
                + " 2024-03-10T06:00:00Z USD 12.50]");
        assertThat(o).isEqualTo(order("O1", C1, "12.50", AT).build());
        assertThat(o).isNotEqualTo(order("O1", C1, "12.51", AT).build());
    }

    @Test
    void builder_refusesBlankRegion_andMoreThanEightDecimals() {
        assertThatThrownBy(() -> order("O1", C1, "1", AT).regionCode(" ").build())
                .isInstanceOf(InvalidValueException.class).hasMessage("Order regionCode must not be blank, was ' '");
        assertThatThrownBy(() -> order("O1", C1, "0.000000001", AT).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Fee of order 'O1' must have at most 8 decimal places, was '0.000000001'");
    }

    @Test
    void refundAndAdjustment_refuseNamingThemselves() {
        assertThatThrownBy(() -> Refund.downgrade(OrderId.of("O1"), OrderId.of("O1"), usd("1"), AT))
                .isInstanceOf(InvalidValueException.class).hasMessage("Refund 'O1' names itself as its original order");
        assertThatThrownBy(() -> Adjustment.of(OrderId.of("O1"), OrderId.of("O1"), usd("1"), AT))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Adjustment 'O1' names itself as its original order");
        assertThat(Refund.downgrade(OrderId.of("R1"), OrderId.of("O1"), usd("1"), AT).orderType())
                .isEqualTo(OrderType.CHANGE);
    }
}
