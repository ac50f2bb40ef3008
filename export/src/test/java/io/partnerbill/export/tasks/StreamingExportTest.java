package io.partnerbill.export.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Exporting 2,000,000 lines to CSV succeeds in a JVM whose heap is 64 MiB. */
class StreamingExportTest {

    private static final long LINES = 2_000_000;

    @Test
    void twoMillionLines_exportToCsv_inA64MiBHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process process = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), StreamingExportMain.class.getName(), Long.toString(LINES))
                .redirectErrorStream(true).start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished).as("finished in time: " + output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Matcher m = Pattern.compile("status=COMPLETED rows=(\\d+) bytes=(\\d+) counted=(\\d+) maxHeap=(\\d+)")
                .matcher(output);
        assertThat(m.find()).as(output).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(LINES);
        assertThat(Long.parseLong(m.group(2))).isEqualTo(Long.parseLong(m.group(3)))
                .isGreaterThan(LINES * 200);
        assertThat(Long.parseLong(m.group(4))).isLessThanOrEqualTo(64L * 1024 * 1024);
    }
}
