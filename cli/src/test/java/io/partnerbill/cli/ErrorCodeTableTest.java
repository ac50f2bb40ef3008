package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.partnerbill.core.BeforeOriginalOrderException;
import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerFrozenException;
import io.partnerbill.core.CycleClosedException;
import io.partnerbill.core.CycleMismatchException;
import io.partnerbill.core.DiscountConflictException;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.DuplicateOrderException;
import io.partnerbill.core.EnrollmentException;
import io.partnerbill.core.ErrorCode;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.InvoiceSeriesFullException;
import io.partnerbill.core.NotYetIssuableException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.RefundExceedsOrderException;
import io.partnerbill.core.ResellerNotApprovedException;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTaskId;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.export.importing.MalformedImportException;
import io.partnerbill.export.tasks.ExportNotAvailableException;
import io.partnerbill.jdbc.JdbcBillingStore;
import io.partnerbill.jdbc.SchemaVersionException;
import io.partnerbill.jdbc.StoreException;
import io.partnerbill.tax.InvalidGstinException;
import io.partnerbill.tax.MalformedRateTableException;
import io.partnerbill.tax.NoTaxRateException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hsqldb.jdbc.JDBCDataSource;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Every public exception of every published module has its error code, and docs/errors.md
 * documents every code and every exception. The exceptions are found by scanning the modules'
 * main classes, so a new exception that is missing from the table below fails here: add it with
 * its code, and a row to docs/errors.md.
 */
class ErrorCodeTableTest {

    private static final Path ERRORS_DOC = Path.of("..", "docs", "errors.md");

    /** Each exception, built through a public constructor, with the code it must carry. */
    private static final Map<Class<?>, Expected> TABLE = table();

    private record Expected(ErrorCode code, Supplier<PartnerBillingException> sample) {
    }

    private static Map<Class<?>, Expected> table() {
        MonetaryAmount one = ExactMoney.monetary(BigDecimal.ONE, Monetary.getCurrency("USD"));
        Map<Class<?>, Expected> t = new LinkedHashMap<>();
        // core
        t.put(PartnerBillingException.class, new Expected(ErrorCode.UNCLASSIFIED, () -> new PartnerBillingException("m")));
        t.put(InvalidValueException.class, new Expected(ErrorCode.INVALID_VALUE, () -> new InvalidValueException("m")));
        t.put(CurrencyMismatchException.class,
                new Expected(ErrorCode.CURRENCY_MISMATCH, () -> new CurrencyMismatchException("m")));
        t.put(BudgetExceededException.class,
                new Expected(ErrorCode.BUDGET_EXCEEDED, () -> new BudgetExceededException("m", one, one)));
        t.put(CustomerFrozenException.class,
                new Expected(ErrorCode.CUSTOMER_FROZEN, () -> new CustomerFrozenException("m")));
        t.put(DuplicateKeyException.class, new Expected(ErrorCode.DUPLICATE_KEY, () -> new DuplicateKeyException("m")));
        t.put(DuplicateOrderException.class, new Expected(ErrorCode.DUPLICATE_ORDER,
                () -> new DuplicateOrderException("m", OrderId.of("O1"), List.of())));
        t.put(UnknownEntityException.class, new Expected(ErrorCode.NOT_FOUND, () -> new UnknownEntityException("m")));
        t.put(CycleClosedException.class, new Expected(ErrorCode.CYCLE_CLOSED, () -> new CycleClosedException("m")));
        t.put(CycleMismatchException.class,
                new Expected(ErrorCode.CYCLE_MISMATCH, () -> new CycleMismatchException("m")));
        t.put(NotYetIssuableException.class,
                new Expected(ErrorCode.NOT_YET_ISSUABLE, () -> new NotYetIssuableException("m")));
        t.put(DiscountConflictException.class,
                new Expected(ErrorCode.DISCOUNT_CONFLICT, () -> new DiscountConflictException("m")));
        t.put(RefundExceedsOrderException.class,
                new Expected(ErrorCode.REFUND_EXCEEDS_ORDER, () -> new RefundExceedsOrderException("m")));
        t.put(BeforeOriginalOrderException.class,
                new Expected(ErrorCode.BEFORE_ORIGINAL_ORDER, () -> new BeforeOriginalOrderException("m")));
        t.put(EnrollmentException.class, new Expected(ErrorCode.ENROLLMENT_REFUSED, () -> new EnrollmentException("m")));
        t.put(InvoiceSeriesFullException.class,
                new Expected(ErrorCode.INVOICE_SERIES_FULL, () -> new InvoiceSeriesFullException("m")));
        t.put(ResellerNotApprovedException.class,
                new Expected(ErrorCode.RESELLER_NOT_APPROVED, () -> new ResellerNotApprovedException("m")));
        // tax
        t.put(InvalidGstinException.class, new Expected(ErrorCode.INVALID_GSTIN, () -> new InvalidGstinException("g", "m")));
        t.put(MalformedRateTableException.class,
                new Expected(ErrorCode.MALFORMED_RATE_TABLE, () -> new MalformedRateTableException(1, 2, "v", "m")));
        t.put(NoTaxRateException.class, new Expected(ErrorCode.NO_TAX_RATE, () -> new NoTaxRateException("m")));
        // export
        t.put(MalformedImportException.class,
                new Expected(ErrorCode.MALFORMED_IMPORT, () -> new MalformedImportException("f", 1, "c", "v", "m")));
        t.put(ExportNotAvailableException.class, new Expected(ErrorCode.EXPORT_NOT_AVAILABLE,
                () -> new ExportNotAvailableException(ExportTaskId.of("t"), ExportStatus.FAILED, "m")));
        // jdbc
        t.put(StoreException.class, new Expected(ErrorCode.STORE_FAILURE, () -> new StoreException("op", "d", null)));
        t.put(SchemaVersionException.class,
                new Expected(ErrorCode.SCHEMA_VERSION_MISMATCH, ErrorCodeTableTest::schemaVersionMismatch));
        return t;
    }

    /** A real one: its constructor is not public, and an empty database is behind every schema version. */
    private static SchemaVersionException schemaVersionMismatch() {
        JDBCDataSource empty = new JDBCDataSource();
        empty.setUrl("jdbc:hsqldb:mem:error-code-table");
        try {
            JdbcBillingStore.create(empty).validateSchema();
        } catch (SchemaVersionException e) {
            return e;
        }
        throw new AssertionError("validateSchema() accepted an empty database");
    }

    /** The public exception types of the published modules' main code. */
    private static Set<JavaClass> publishedExceptions() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.partnerbill").stream()
                .filter(c -> c.isAssignableTo(Throwable.class) && c.getModifiers().contains(JavaModifier.PUBLIC))
                .collect(Collectors.toSet());
    }

    @Test
    void everyPublishedException_isInTheTable_andCarriesItsCode() {
        Set<JavaClass> found = publishedExceptions();
        assertThat(found).as("exceptions found by the scan").hasSizeGreaterThanOrEqualTo(TABLE.size());

        assertThat(found.stream().map(JavaClass::getName))
                .as("every public exception of a published module has a row in ErrorCodeTableTest")
                .allMatch(name -> TABLE.keySet().stream().anyMatch(k -> k.getName().equals(name)));
        TABLE.forEach((type, expected) -> {
            PartnerBillingException sample = expected.sample().get();
            assertThat(sample).isExactlyInstanceOf(type);
            assertThat(sample.code()).as(type.getSimpleName()).isEqualTo(expected.code());
        });
    }

    @Test
    void everyCode_belongsToAnException() {
        assertThat(TABLE.values().stream().map(Expected::code)).containsExactlyInAnyOrder(ErrorCode.values());
    }

    @Test
    void errorsDoc_hasARowPerCode_namingItsException() throws IOException {
        Map<String, String> rows = Files.readAllLines(ERRORS_DOC).stream()
                .filter(l -> l.startsWith("| `"))
                .collect(Collectors.toMap(l -> l.substring(3, l.indexOf('`', 3)), l -> l));

        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ErrorCode.values()).map(Enum::name).toList());
        TABLE.forEach((type, expected) -> assertThat(rows.get(expected.code().name()))
                .as("row of %s", expected.code()).contains("`" + type.getSimpleName() + "`"));
    }
}
