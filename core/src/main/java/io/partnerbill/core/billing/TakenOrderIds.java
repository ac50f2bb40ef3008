package io.partnerbill.core.billing;

import static io.partnerbill.core.bill.BillDetailsColumn.BILL_TYPE;
import static io.partnerbill.core.bill.BillDetailsColumn.CUSTOMER_EXPENDITURE;
import static io.partnerbill.core.bill.BillDetailsColumn.ORDER_TYPE;
import static io.partnerbill.core.bill.BillDetailsColumn.ORIGINAL_ORDER_ID;
import static io.partnerbill.core.bill.BillDetailsColumn.TRANSACTION_TIME;

import io.partnerbill.core.DuplicateOrderException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.bill.BillDetailsColumn;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.order.Adjustment;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.order.Refund;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An order, refund or adjustment offered under an order id that holds a line: the same one
 * again gets the stored line back, another one a refusal naming the id and the columns that
 * differ (with the column texts the bill-details file shows), never both whole lines.
 */
final class TakenOrderIds {

    /** The columns {@link Order#matches} compares. */
    private static final List<BillDetailsColumn> ORDER_COLUMNS = List.of(BillDetailsColumn.CUSTOMER_ID,
            BILL_TYPE, BillDetailsColumn.BILLING_MODE, BillDetailsColumn.PRODUCT_TYPE,
            BillDetailsColumn.PRODUCT_NAME, BillDetailsColumn.PRODUCT_ID, BillDetailsColumn.REGION,
            BillDetailsColumn.REGION_CODE, ORIGINAL_ORDER_ID, TRANSACTION_TIME, ORDER_TYPE, CUSTOMER_EXPENDITURE);

    private TakenOrderIds() {
    }

    /** The stored line for a repeated order, or the refusal; {@code line} is the line the order makes. */
    static BillLine repeat(BillLine earlier, Order order, BillLine line) {
        if (order.matches(earlier)) {
            return earlier;
        }
        Map<BillDetailsColumn, String> offered = new EnumMap<>(BillDetailsColumn.class);
        for (BillDetailsColumn column : ORDER_COLUMNS) {
            offered.put(column, column.text(line));
        }
        throw refusal(earlier, offered);
    }

    static BillLine repeat(BillLine earlier, Refund refund) {
        if (refund.matches(earlier)) {
            return earlier;
        }
        throw refusal(earlier, offer(BillType.REFUND, refund.original(), refund.orderType(), refund.at(),
                ExactMoney.decimal(refund.fee()).negate()));
    }

    static BillLine repeat(BillLine earlier, Adjustment adjustment) {
        if (adjustment.matches(earlier)) {
            return earlier;
        }
        throw refusal(earlier, offer(BillType.ADJUSTMENT, adjustment.original(), OrderType.FEE_ADJUSTMENT,
                adjustment.at(), ExactMoney.decimal(adjustment.amount())));
    }

    private static Map<BillDetailsColumn, String> offer(BillType type, OrderId original, OrderType orderType,
            Instant at, BigDecimal amount) {
        Map<BillDetailsColumn, String> offered = new EnumMap<>(BillDetailsColumn.class);
        offered.put(BILL_TYPE, type.label());
        offered.put(ORIGINAL_ORDER_ID, original.value());
        offered.put(ORDER_TYPE, orderType.label());
        offered.put(TRANSACTION_TIME, at.toString());
        // As the Customer Expenditure column shows it: the line's 8 decimals (the offer was checked to fit them).
        offered.put(CUSTOMER_EXPENDITURE, amount.setScale(8, RoundingMode.UNNECESSARY).toPlainString());
        return offered;
    }

    private static DuplicateOrderException refusal(BillLine earlier, Map<BillDetailsColumn, String> offered) {
        List<DuplicateOrderException.Difference> differences = new ArrayList<>();
        offered.forEach((column, text) -> {
            String stored = column.text(earlier);
            if (!stored.equals(text)) {
                differences.add(new DuplicateOrderException.Difference(column.key(), stored, text));
            }
        });
        return new DuplicateOrderException("Order id '" + earlier.orderId() + "' is taken by a different line",
                earlier.orderId(), differences);
    }
}
