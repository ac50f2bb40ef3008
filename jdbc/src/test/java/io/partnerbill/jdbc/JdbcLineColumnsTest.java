package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.bill.BillDetailsColumn;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The JDBC line store takes its columns from the description, and the schema stays as V002 made it. */
class JdbcLineColumnsTest {

    @Test
    void columns_areThoseOfTheSchema() {
        // pb_line as schema V002 creates it: the INSERT and SELECT lists must not change.
        assertThat(JdbcLineStore.COLUMNS).isEqualTo("order_id, partner_id, bill_cycle, customer_id, bill_type, "
                + "billing_mode, product_type, product_type_code, product_name, product_id, application, specifications, "
                + "resource_type, resource_type_code, region, region_code, original_order_id, transaction_at, "
                + "transaction_nanos, order_type, currency, customer_expenditure, settlement_type, percent_off, "
                + "settlement_amount");
    }

    @Test
    void storedColumns_areEveryColumnOfALineOnce() {
        assertThat(JdbcLineStore.STORED).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                Arrays.stream(BillDetailsColumn.values()).filter(BillDetailsColumn::isOnLine).toList());
        assertThat(JdbcLineStore.STORED.subList(0, 4)).containsExactly(BillDetailsColumn.ORDER_ID,
                BillDetailsColumn.PARTNER_ID, BillDetailsColumn.BILLING_CYCLE, BillDetailsColumn.CUSTOMER_ID);
    }

    @Test
    void nameColumns_haveNoPlaceInTheTable() {
        assertThatThrownBy(() -> JdbcLineStore.sqlName(BillDetailsColumn.PARTNER_NAME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Column 'Partner Name' is not stored with a line");
    }
}
