package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.budget.BudgetAccount;
import io.partnerbill.core.budget.BudgetOperation;
import io.partnerbill.core.budget.FreezeReason;
import io.partnerbill.core.budget.BudgetAuditEntry;
import io.partnerbill.core.reseller.ApplicationStatus;
import io.partnerbill.core.reseller.Enrollment;
import io.partnerbill.core.reseller.Reseller;
import io.partnerbill.core.reseller.StatusChange;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the JDBC store adds to the contract suites for resellers, customers and budgets: its
 * answers to concurrent writers, the database's own overspending check, and a restart.
 */
class ResellerAndBudgetLockTest {

    private static final Instant NOW = Instant.parse("2024-01-20T00:00:00Z");
    private static final PartnerId RESELLER = PartnerId.of("R-1");
    private static final CustomerId CUSTOMER = CustomerId.of("C-1");

    private static PartnerBilling facade(JdbcBillingStore store) {
        return PartnerBilling.builder().store(store).currency("USD").clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    private static Reseller decided(Reseller submitted, ApplicationStatus status, String reason) {
        List<StatusChange> history = new ArrayList<>(submitted.history());
        history.add(new StatusChange(status, NOW.plusSeconds(1), reason));
        return Reseller.of(submitted.partner(), submitted.name(), submitted.agreement(), history);
    }

    @ParameterizedTest
    @MethodSource("io.partnerbill.jdbc.TransactionTest#databases")
    void resellerUpdate_refusesAVersionReadBeforeAnotherTransactionChangedIt(String database) {
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        Reseller submitted = facade(store).resellers()
                .enroll(Enrollment.of(RESELLER, "Acme Cloud").cspMember(true).acceptAgreement("2024.1", NOW));
        // two services read SUBMITTED; one approves, then the other rejects what it read
        store.resellers().update(decided(submitted, ApplicationStatus.APPROVED, ""));

        assertThatThrownBy(() -> store.resellers().update(decided(submitted, ApplicationStatus.REJECTED, "no CSP proof")))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not update reseller 'R-1': its stored history [")
                .hasMessageEndingWith(": another transaction changed the reseller since it was read; read it again and retry");
        assertThat(store.resellers().find(RESELLER).orElseThrow().status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(store.resellers().find(RESELLER).orElseThrow().history()).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("io.partnerbill.jdbc.TransactionTest#databases")
    void firstBudget_setByTwoServicesAtOnce_isSetOnce(String database) throws Exception {
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        PartnerBilling billing = facade(store);
        billing.resellers().enroll(Enrollment.of(RESELLER, "Acme Cloud").cspMember(true).acceptAgreement("2024.1", NOW));
        billing.resellers().approve(RESELLER);
        billing.customers().add(RESELLER, CUSTOMER, "Customer 1", "acct-1");
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);

        // the first service sets the budget and keeps its transaction open a while
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> store.inTransaction(s -> {
            billing.budgets().set(CUSTOMER, Budget.monthly(TransactionTest.usd("100")), "alice");
            firstHoldsTheLock.countDown();
            sleep(300);
            return null;
        }));
        assertThat(firstHoldsTheLock.await(30, TimeUnit.SECONDS)).isTrue();
        // the second waits for the customer's row, then sees the first budget
        assertThatThrownBy(() -> facade(store).budgets().set(CUSTOMER, Budget.monthly(TransactionTest.usd("200")), "bob"))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessage("Customer 'C-1' has a budget already (MONTHLY USD 100.00); change it instead of setting "
                        + "MONTHLY USD 200.00");
        first.get(30, TimeUnit.SECONDS);

        assertThat(billing.budgets().find(CUSTOMER)).contains(Budget.monthly(TransactionTest.usd("100")));
        assertThat(billing.budgets().auditTrail(CUSTOMER)).extracting(BudgetAuditEntry::operation, BudgetAuditEntry::operator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BudgetOperation.SET, "alice"));
    }

    @ParameterizedTest
    @MethodSource("io.partnerbill.jdbc.TransactionTest#databases")
    void theDatabaseRefusesAnOverspentAccount_whateverTheCaller(String database) {
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        Budget budget = Budget.monthly(TransactionTest.usd("100"));
        store.budgets().save(BudgetAccount.of(CUSTOMER, Monetary.getCurrency("USD"), budget, BillCycle.of(2024, 1),
                new BigDecimal("100"), Set.of(), false));

        assertThatThrownBy(() -> store.budgets().save(BudgetAccount.of(CUSTOMER, Monetary.getCurrency("USD"), budget,
                BillCycle.of(2024, 1), new BigDecimal("100.01"), Set.of(), false)))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not save budget account of customer 'C-1': ");
        assertThat(store.budgets().find(CUSTOMER).orElseThrow().usedDecimal()).isEqualByComparingTo("100");
    }

    @org.junit.jupiter.api.Test
    void resellersCustomersAndBudgetsSurviveARestart() {
        java.nio.file.Path file = TestDatabases.h2Directory().resolve("restart-" + java.util.UUID.randomUUID());
        try (TestPool pool = new TestPool(TestDatabases.h2File(file))) {
            PartnerBilling billing = facade(TestDatabases.migrated(pool));
            billing.resellers().enroll(Enrollment.of(RESELLER, "Acme Cloud").cspMember(true).acceptAgreement("2024.1", NOW));
            billing.resellers().approve(RESELLER);
            billing.customers().add(RESELLER, CUSTOMER, "Customer 1", "acct-1");
            billing.budgets().set(CUSTOMER, Budget.ofPackage(TransactionTest.usd("100")), "alice");
            billing.budgets().freeze(CUSTOMER, "bob");
        }
        try (TestPool pool = new TestPool(TestDatabases.h2File(file))) {
            JdbcBillingStore store = JdbcBillingStore.create(pool);
            assertThat(store.migrate()).isZero();
            PartnerBilling billing = facade(store);
            assertThat(billing.resellers().get(RESELLER).status()).isEqualTo(ApplicationStatus.APPROVED);
            assertThat(billing.customers().get(CUSTOMER).accountName()).isEqualTo("acct-1");
            assertThat(billing.budgets().find(CUSTOMER)).contains(Budget.ofPackage(TransactionTest.usd("100")));
            assertThat(billing.budgets().account(CUSTOMER).freezeReasons()).containsExactly(FreezeReason.MANUAL);
            assertThat(billing.budgets().auditTrail(CUSTOMER)).extracting(BudgetAuditEntry::operation)
                    .containsExactly(BudgetOperation.SET, BudgetOperation.FREEZE);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
