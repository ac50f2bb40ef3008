package io.partnerbill.core.billing;

import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.DiscountStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.DiscountConflictException;
import io.partnerbill.core.DiscountId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.store.BillingStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DiscountBookTest {

    private static final PartnerId PARTNER = PartnerId.of("P-1");
    // Beijing is UTC+8: "2022-11-30 23:59:59" Beijing is 2022-11-30T15:59:59Z.
    private static final Instant EFFECTIVE = Instant.parse("2022-09-01T00:00:00Z");
    private static final Instant FOREVER = Instant.parse("2099-12-31T15:59:59Z");
    private static final Instant END_OF_NOV = Instant.parse("2022-11-30T15:59:59Z");

    private DiscountBook book;

    @BeforeEach
    void setUp() {
        book = DiscountBook.of(BillingStore.inMemory(), Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), ZoneOffset.UTC));
        // The operator's screenshot: six discounts, the 34% one expiring 2022-11-30 23:59:59 Beijing time.
        book.authorize(discount("D1", "PRD-1", "Elastic Cloud Server", "12.00% off", FOREVER));
        book.authorize(discount("D2", "PRD-2", "Object Storage", "1.00% off", FOREVER));
        book.authorize(discount("D3", "PRD-3", "Relational Database", "67.00% off", FOREVER));
        book.authorize(discount("D4", "PRD-4", "Cloud Firewall", "88.00% off", FOREVER));
        book.authorize(discount("D5", "PRD-5", "Web Application Firewall", "34.00% off", END_OF_NOV));
        book.authorize(discount("D6", "PRD-6", "Elastic Load Balance", "11.12% off", FOREVER));
    }

    private static Discount discount(String id, String product, String name, String rate, Instant expiry) {
        return Discount.builder().id(DiscountId.of(id)).partner(PARTNER).product(ProductId.of(product))
                .productName(name).rate(DiscountRate.parse(rate)).effective(EFFECTIVE).expiry(expiry).build();
    }

    static Stream<Arguments> statuses() {
        // 2022-10-01: all six effective. 2022-12-01: the 34% row has expired. 2100-01-01: all expired.
        return Stream.of(
                Arguments.of("2022-10-01T00:00:00Z", "D1", DiscountStatus.EFFECTIVE),
                Arguments.of("2022-10-01T00:00:00Z", "D5", DiscountStatus.EFFECTIVE),
                Arguments.of("2022-12-01T00:00:00Z", "D1", DiscountStatus.EFFECTIVE),
                Arguments.of("2022-12-01T00:00:00Z", "D5", DiscountStatus.EXPIRED),
                Arguments.of("2022-12-01T00:00:00Z", "D6", DiscountStatus.EFFECTIVE),
                Arguments.of("2100-01-01T00:00:00Z", "D1", DiscountStatus.EXPIRED),
                Arguments.of("2100-01-01T00:00:00Z", "D5", DiscountStatus.EXPIRED),
                // Inclusive to the second: 23:59:59.999 is still effective, 00:00:00 of the next day is not.
                Arguments.of("2022-11-30T15:59:59.999Z", "D5", DiscountStatus.EFFECTIVE),
                Arguments.of("2022-11-30T16:00:00Z", "D5", DiscountStatus.EXPIRED),
                Arguments.of("2022-08-31T23:59:59Z", "D1", DiscountStatus.PENDING));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void statusAt_ofTheScreenshotRows(String at, String id, DiscountStatus expected) {
        assertThat(book.find(DiscountId.of(id)).orElseThrow().statusAt(Instant.parse(at))).isEqualTo(expected);
    }

    @Test
    void withStatus_listsEachStateAtAnInstant() {
        Instant dec = Instant.parse("2022-12-01T00:00:00Z");
        book.cancel(DiscountId.of("D2"), Instant.parse("2022-11-15T00:00:00Z"));
        assertThat(ids(book.withStatus(PARTNER, DiscountStatus.EFFECTIVE, dec))).containsExactly("D1", "D3", "D4", "D6");
        assertThat(ids(book.withStatus(PARTNER, DiscountStatus.EXPIRED, dec))).containsExactly("D5");
        assertThat(ids(book.withStatus(PARTNER, DiscountStatus.CANCELED, dec))).containsExactly("D2");
        assertThat(book.list(PARTNER)).hasSize(6);
    }

    @Test
    void searchByProductName_ignoresCase() {
        assertThat(ids(book.searchByProductName(PARTNER, "firewall"))).containsExactly("D4", "D5");
        assertThat(ids(book.searchByProductName(PARTNER, "ELASTIC"))).containsExactly("D1", "D6");
        assertThat(book.searchByProductName(PARTNER, "nothing like it")).isEmpty();
    }

    @Test
    void authorize_refusesAnOverlapOnTheSameProduct() {
        Discount overlapping = discount("D7", "PRD-5", "Web Application Firewall", "40.00% off", FOREVER);
        assertThatThrownBy(() -> book.authorize(overlapping))
                .isInstanceOf(DiscountConflictException.class)
                .hasMessage("Discount 'D7' (2022-09-01T00:00:00Z .. 2099-12-31T15:59:59Z) overlaps discount 'D5'"
                        + " (2022-09-01T00:00:00Z .. 2022-11-30T15:59:59Z) of partner 'P-1' on product 'PRD-5'");
        assertThat(book.find(DiscountId.of("D7"))).isEmpty();
    }

    @Test
    void authorize_acceptsTheNextPeriodAfterTheInclusiveExpiry() {
        Discount next = Discount.builder().id(DiscountId.of("D7")).partner(PARTNER).product(ProductId.of("PRD-5"))
                .productName("Web Application Firewall").rate(DiscountRate.parse("40.00% off"))
                .effective(END_OF_NOV.plusSeconds(1)).expiry(FOREVER).build();
        book.authorize(next);
        assertThat(book.resolve(PARTNER, ProductId.of("PRD-5"), END_OF_NOV)).map(Discount::id).contains(DiscountId.of("D5"));
        assertThat(book.resolve(PARTNER, ProductId.of("PRD-5"), END_OF_NOV.plusSeconds(1))).map(Discount::id)
                .contains(DiscountId.of("D7"));
    }

    @Test
    void authorize_afterCancelIsAllowedFromTheCancelInstant() {
        Instant cancelAt = Instant.parse("2023-03-01T00:00:00Z");
        book.cancel(DiscountId.of("D1"), cancelAt);
        Discount replacement = Discount.builder().id(DiscountId.of("D8")).partner(PARTNER).product(ProductId.of("PRD-1"))
                .productName("Elastic Cloud Server").rate(DiscountRate.parse("15.00% off"))
                .effective(cancelAt).expiry(FOREVER).build();
        book.authorize(replacement);
        assertThat(book.rateFor(PARTNER, ProductId.of("PRD-1"), cancelAt.minusSeconds(1))).hasToString("12.00% off");
        assertThat(book.rateFor(PARTNER, ProductId.of("PRD-1"), cancelAt)).hasToString("15.00% off");
    }

    @Test
    void resolve_givesNoDiscountOutsideAnyPeriod() {
        assertThat(book.resolve(PARTNER, ProductId.of("PRD-5"), Instant.parse("2022-12-01T00:00:00Z"))).isEmpty();
        assertThat(book.rateFor(PARTNER, ProductId.of("PRD-5"), Instant.parse("2022-12-01T00:00:00Z")))
                .isEqualTo(DiscountRate.NONE);
        assertThat(book.resolve(PartnerId.of("P-other"), ProductId.of("PRD-1"), Instant.parse("2022-10-01T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void cancel_keepsTheRecordAndUsesTheClock() {
        Discount canceled = book.cancel(DiscountId.of("D3"));
        assertThat(canceled.canceledAt()).contains(Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(book.find(DiscountId.of("D3"))).contains(canceled);
    }

    @Test
    void cancel_refusesTwiceAndUnknown() {
        book.cancel(DiscountId.of("D3"), Instant.parse("2022-10-01T00:00:00Z"));
        assertThatThrownBy(() -> book.cancel(DiscountId.of("D3"), Instant.parse("2022-10-02T00:00:00Z")))
                .isInstanceOf(DiscountConflictException.class)
                .hasMessage("Discount 'D3' was already canceled at 2022-10-01T00:00:00Z");
        assertThatThrownBy(() -> book.cancel(DiscountId.of("D99")))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessage("Unknown discount 'D99'");
    }

    @Test
    void builder_refusesAnExpiryThatIsNotAWholeSecondOrBeforeEffective() {
        assertThatThrownBy(() -> discount("D9", "PRD-9", "X", "1.00% off", FOREVER.plusMillis(500)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Discount 'D9' expiry must be a whole second (it is inclusive to the second), was"
                        + " '2099-12-31T15:59:59.500Z'");
        assertThatThrownBy(() -> discount("D9", "PRD-9", "X", "1.00% off", EFFECTIVE.minusSeconds(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Discount 'D9' expiry '2022-08-31T23:59:59Z' is before its effective instant"
                        + " '2022-09-01T00:00:00Z'");
    }

    private static List<String> ids(List<Discount> discounts) {
        return discounts.stream().map(d -> d.id().value()).toList();
    }
}
