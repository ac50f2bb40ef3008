package io.partnerbill.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The footprint main and the report keep working (the full runs are bench/run.sh's). */
class FootprintAndReportTest {

    private static String run(Runnable main) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void footprint_printsEveryFigure() {
        String out = run(() -> Footprint.main(new String[] {"20000"}));
        Map<String, String> values = new LinkedHashMap<>();
        Report.readKeyValues(out, values);
        assertThat(values).containsKeys("footprint.accumulatorBytes", "footprint.billBytes",
                "footprint.billWithViewsBytes", "footprint.lineObjectsBytesPerLine", "footprint.storeIndexBytesPerLine",
                "footprint.storeBytesPerLine");
        assertThat(values).containsEntry("footprint.lines", "20000").containsEntry("footprint.productRows", "200");
        assertThat(Long.parseLong(values.get("footprint.accumulatorBytes"))).isPositive();
    }

    @Test
    void report_readsTheB6HeapLinesOfAJmhLog() {
        Map<String, String> values = new LinkedHashMap<>();
        Report.readKeyValues("noise\nB6-heap form=lines lines=1000000 accumulatorBytes=123 billBytes=456\n", values);
        assertThat(values).containsEntry("b6.accumulatorBytes@1000000", "123").containsEntry("b6.billBytes@1000000", "456");
    }
}
