package io.partnerbill.export;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in exporter refuses a null argument, naming it, before it writes a byte. */
class ExporterArgumentsTest {

    /** A call with one argument null; it writes to the stream it is given. */
    interface Call {
        void on(Exporter exporter, ByteArrayOutputStream out) throws Exception;
    }

    private static final BillDocument BILL =
            BillDocument.of(PartnerBilling.builder().currency("USD").build().bills().calculate(PARTNER, CYCLE));
    private static final ExportContext CONTEXT = ExportContext.defaults();

    static Stream<Arguments> calls() {
        List<Exporter> exporters = List.of(Exporter.csv(), Exporter.csv(true), Exporter.xlsx(), Exporter.html(),
                Exporter.json());
        List<Arguments> calls = List.of(
                Arguments.of("bill", (Call) (e, out) -> e.writeBill(null, CONTEXT, out)),
                Arguments.of("context", (Call) (e, out) -> e.writeBill(BILL, null, out)),
                Arguments.of("out", (Call) (e, out) -> e.writeBill(BILL, CONTEXT, null)),
                Arguments.of("context", (Call) (e, out) -> e.openLines(null, out)),
                Arguments.of("out", (Call) (e, out) -> e.openLines(CONTEXT, null)));
        // only where the format writes statements: the others refuse the kind first
        List<Arguments> statementCalls = List.of(
                Arguments.of("statements", (Call) (e, out) -> e.writeStatements(null, CONTEXT, out)),
                Arguments.of("context", (Call) (e, out) -> e.writeStatements(List.of(), null, out)),
                Arguments.of("out", (Call) (e, out) -> e.writeStatements(List.of(), CONTEXT, null)));
        return exporters.stream().flatMap(e -> Stream.concat(calls.stream(),
                        e.supports(ExportKind.STATEMENTS) ? statementCalls.stream() : Stream.empty())
                .map(c -> Arguments.of(e, c.get()[0], c.get()[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("calls")
    void aNullArgument_isRefusedByName_andNothingIsWritten(Exporter exporter, String argument, Call call) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> call.on(exporter, out)).isInstanceOf(NullPointerException.class).hasMessage(argument);
        assertThat(out.size()).isZero();
    }
}
