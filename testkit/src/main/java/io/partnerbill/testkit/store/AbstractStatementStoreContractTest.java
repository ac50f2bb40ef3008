package io.partnerbill.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillId;
import io.partnerbill.core.BilledParty;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.StatementStore;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.testkit.BillingFixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link StatementStore} meets. A store implementation extends this class
 * and returns a new, empty {@link BillingStore} from {@link #createStore()}. A statement prices
 * bill lines already in the store's {@code lines()}, as an issued one does: a store may keep only
 * a reference to them.
 */
public abstract class AbstractStatementStoreContractTest extends AbstractStoreContractTest {

    /** For subclasses. */
    protected AbstractStatementStoreContractTest() {
    }

    private static final Instant T0 = Instant.parse("2024-02-05T04:00:00Z");

    @BeforeEach
    public void storeTheStatementsLines() {
        // A statement prices bill lines of the store (its cycle's bill is issued first): they are stored before it.
        store.lines().append(statement("S1", 1).statement().lines().get(0).line());
        store.lines().append(statement("S2", 2).statement().lines().get(0).line());
    }

    /** A statement of customer C-n of the fixtures' partner and cycle: one line of 100.00 at the list price. */
    static IssuedStatement statement(String id, int customer) {
        var line = BillingFixtures.expenditure("O-" + id, customer, "100.00");
        CustomerStatement st = CustomerStatement.of(BillingFixtures.PARTNER, CustomerId.of("C-" + customer),
                BillingFixtures.CYCLE, BillingFixtures.USD, RoundingPolicy.BILL_TOTAL,
                List.of(new StatementLine(line, line.customerExpenditure(), null)),
                TaxBreakdown.none(BillingFixtures.USD));
        return IssuedStatement.of(StatementId.of(id), "CS-" + id, T0, st, BillingFixtures.usd("0"));
    }

    static Payment payment(String ref, int customer) {
        return new Payment(PaymentReference.of(ref), BilledParty.customer(BillingFixtures.PARTNER, CustomerId.of("C-" + customer)),
                BillingFixtures.usd("40.00"), T0, PaymentMethod.BANK_TRANSFER);
    }

    @Test
    public void insert_thenFindByCustomerCycleAndById() {
        store.statements().insert(statement("S1", 1));

        assertThat(store.statements().find(CustomerId.of("C-1"), BillingFixtures.CYCLE)).contains(statement("S1", 1));
        assertThat(store.statements().find(StatementId.of("S1"))).contains(statement("S1", 1));
        assertThat(store.statements().find(CustomerId.of("C-2"), BillingFixtures.CYCLE)).isEmpty();
        assertThat(store.statements().find(CustomerId.of("C-1"), BillCycle.of(2024, 2))).isEmpty();
    }

    @Test
    public void insert_refusesSecondStatementOfCustomerAndCycle_andSecondWithSameId() {
        store.statements().insert(statement("S1", 1));

        assertThatThrownBy(() -> store.statements().insert(statement("S2", 1)))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessage("Customer 'C-1' already has a statement for 2024-01: 'S1'");
        assertThatThrownBy(() -> store.statements().insert(statement("S1", 2)))
                .isInstanceOf(DuplicateKeyException.class).hasMessage("Statement 'S1' already exists");
        assertThat(store.statements().ofReseller(BillingFixtures.PARTNER)).containsExactly(statement("S1", 1));
    }

    @Test
    public void update_replacesByIdEverywhere_andRefusesUnknownId() {
        store.statements().insert(statement("S1", 1));
        IssuedStatement paid = statement("S1", 1).withPayment(BillingFixtures.usd("30.00"));

        store.statements().update(paid);

        assertThat(store.statements().find(StatementId.of("S1"))).contains(paid);
        assertThat(store.statements().ofCustomer(CustomerId.of("C-1"))).containsExactly(paid);
        assertThatThrownBy(() -> store.statements().update(statement("S9", 9)))
                .isInstanceOf(UnknownEntityException.class).hasMessage("Unknown statement 'S9'");
    }

    @Test
    public void ofReseller_listsByCycleThenCustomer_andOfCustomerOnlyItsOwn() {
        store.statements().insert(statement("S2", 2));
        store.statements().insert(statement("S1", 1));

        assertThat(store.statements().ofReseller(BillingFixtures.PARTNER)).extracting(s -> s.id().value())
                .containsExactly("S1", "S2");
        assertThat(store.statements().ofReseller(PartnerId.of("P-OTHER"))).isEmpty();
        assertThat(store.statements().ofCustomer(CustomerId.of("C-2"))).containsExactly(statement("S2", 2));
    }

    @Test
    public void payments_areKeptOncePerReference_andApplicationsListedBothWays() {
        store.statements().insert(payment("PAY-1", 1));
        store.statements().insert(new PaymentApplication(PaymentReference.of("PAY-1"), StatementId.of("S1"),
                BillingFixtures.usd("40.00")));

        assertThatThrownBy(() -> store.statements().insert(payment("PAY-1", 2)))
                .isInstanceOf(DuplicateKeyException.class).hasMessage("Customer payment 'PAY-1' already exists");
        assertThat(store.statements().findPayment(PaymentReference.of("PAY-1"))).contains(payment("PAY-1", 1));
        assertThat(store.statements().paymentsOf(CustomerId.of("C-1"))).containsExactly(payment("PAY-1", 1));
        assertThat(store.statements().paymentsOf(CustomerId.of("C-2"))).isEmpty();
        assertThat(store.statements().applicationsOf(PaymentReference.of("PAY-1"))).hasSize(1);
        assertThat(store.statements().applicationsTo(StatementId.of("S1"))).singleElement()
                .extracting(PaymentApplication::reference).isEqualTo(PaymentReference.of("PAY-1"));
        assertThat(store.statements().applicationsTo(StatementId.of("S2"))).isEmpty();
    }

    /**
     * Partner repayments and customer payments are stored the same way but apart: each side has its
     * own references, reads back its own payer, and its applications name its own kind of document.
     */
    @Test
    public void payments_ofPartnersAndOfCustomers_keepApart_andReadBackTheirPayerAndDocument() {
        Payment partners = new Payment(PaymentReference.of("PAY-1"), BillingFixtures.PARTNER, BillingFixtures.usd("15.00"),
                T0.plusNanos(123_456_789), PaymentMethod.CREDIT_CARD);
        store.payments().insert(partners);
        store.payments().insert(new PaymentApplication(PaymentReference.of("PAY-1"), BillId.of("S1"),
                BillingFixtures.usd("15.00")));
        store.statements().insert(payment("PAY-1", 1));
        store.statements().insert(new PaymentApplication(PaymentReference.of("PAY-1"), StatementId.of("S1"),
                BillingFixtures.usd("40.00")));

        assertThat(store.payments().find(PaymentReference.of("PAY-1"))).get()
                .satisfies(p -> assertThat(p.payer()).isEqualTo(BilledParty.partner(BillingFixtures.PARTNER)))
                .isEqualTo(partners).hasToString("Payment[PAY-1 P-100 USD 15.00 CREDIT_CARD 2024-02-05T04:00:00.123456789Z]");
        assertThat(store.statements().findPayment(PaymentReference.of("PAY-1"))).get()
                .satisfies(p -> assertThat(p.payer()).isEqualTo(BilledParty.customer(BillingFixtures.PARTNER,
                        CustomerId.of("C-1"))))
                .isEqualTo(payment("PAY-1", 1));
        assertThat(store.payments().applicationsOf(PaymentReference.of("PAY-1"))).singleElement()
                .satisfies(a -> assertThat(a.document()).isEqualTo(BillId.of("S1")));
        assertThat(store.statements().applicationsOf(PaymentReference.of("PAY-1"))).singleElement()
                .satisfies(a -> assertThat(a.document()).isEqualTo(StatementId.of("S1")));
        assertThat(store.payments().applicationsTo(BillId.of("S1"))).singleElement()
                .satisfies(a -> assertThat(a.amount().isEqualTo(BillingFixtures.usd("15.00"))).as(a.toString()).isTrue());
        assertThat(store.statements().applicationsTo(StatementId.of("S1"))).singleElement()
                .satisfies(a -> assertThat(a.amount().isEqualTo(BillingFixtures.usd("40.00"))).as(a.toString()).isTrue());
        assertThat(store.payments().ofPartner(BillingFixtures.PARTNER)).containsExactly(partners);
        assertThat(store.statements().paymentsOf(CustomerId.of("C-1"))).containsExactly(payment("PAY-1", 1));
    }

    @Test
    public void transaction_thatThrowsLeavesNoStatementPaymentOrApplication() {
        store.statements().insert(statement("S1", 1));
        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.statements().insert(statement("S2", 2));
            s.statements().update(statement("S1", 1).withPayment(BillingFixtures.usd("40.00")));
            s.statements().insert(payment("PAY-1", 1));
            s.statements().insert(new PaymentApplication(PaymentReference.of("PAY-1"), StatementId.of("S1"),
                    BillingFixtures.usd("40.00")));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(store.statements().ofReseller(BillingFixtures.PARTNER)).containsExactly(statement("S1", 1));
        assertThat(store.statements().findPayment(PaymentReference.of("PAY-1"))).isEmpty();
        assertThat(store.statements().applicationsTo(StatementId.of("S1"))).isEmpty();
    }

    /**
     * A statement keeps only its lines' order ids on some stores: a line that is not the stored one
     * would read back as another, so every store refuses it and stores nothing.
     */
    @Test
    public void insert_refusesAStatementWhoseLinesAreNotTheStoredOnes_andStoresNothing() {
        BillLine offered = BillingFixtures.expenditure("O-1", 1, "100.00");
        IssuedStatement statement = IssuedStatement.of(StatementId.of("S-1"), "CS-1", T0,
                CustomerStatement.of(BillingFixtures.PARTNER, CustomerId.of("C-1"), BillingFixtures.CYCLE, BillingFixtures.USD,
                        RoundingPolicy.BILL_TOTAL, List.of(new StatementLine(offered, BillingFixtures.usd("90.00"), null)),
                        TaxBreakdown.none(BillingFixtures.USD)), BillingFixtures.usd("0"));

        assertThatThrownBy(() -> store.statements().insert(statement))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessage("Statement 'S-1' prices line 'O-1', which is not a stored bill line");
        assertThat(store.statements().find(StatementId.of("S-1"))).isEmpty();

        BillLine stored = BillingFixtures.expenditure("O-1", 1, "100.01");
        store.lines().append(stored);
        assertThatThrownBy(() -> store.statements().insert(statement))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Statement 'S-1' prices line 'O-1' as " + offered + ", but the stored line is " + stored);
        assertThat(store.statements().find(StatementId.of("S-1"))).isEmpty();
        assertThat(store.statements().ofReseller(BillingFixtures.PARTNER)).isEmpty();
    }
}
