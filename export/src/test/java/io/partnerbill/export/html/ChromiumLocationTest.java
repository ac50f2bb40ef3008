package io.partnerbill.export.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** When the browser of {@link HtmlReportChromiumTest} is missing: skipped locally, failed in CI. */
class ChromiumLocationTest {

    private static final String MISSING = "/nonexistent/partnerbill/chromium";

    @Test
    void missingChromium_skipsOutsideCi() {
        assertThatThrownBy(() -> HtmlReportChromiumTest.locateChromium(Map.of("PARTNERBILL_CHROMIUM", MISSING)))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("Chromium not found at " + MISSING + ": install Debian's chromium")
                .hasMessageContaining("skipping the browser checks of the HTML report");
        assertThatThrownBy(() -> HtmlReportChromiumTest.locateChromium(
                Map.of("PARTNERBILL_CHROMIUM", MISSING, "CI", "false")))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void missingChromium_failsUnderCi() {
        assertThatThrownBy(() -> HtmlReportChromiumTest.locateChromium(
                Map.of("PARTNERBILL_CHROMIUM", MISSING, "CI", "true")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("Chromium not found at " + MISSING + ": install Debian's chromium "
                        + "(apt-get install -y chromium) or set PARTNERBILL_CHROMIUM "
                        + "(CI=true: the HTML report must be checked in a real browser)");
    }

    @Test
    void configuredChromium_isUsedWhenExecutable(@TempDir Path dir) throws Exception {
        Path browser = Files.createFile(dir.resolve("chrome"));
        assertThat(browser.toFile().setExecutable(true)).isTrue();
        assertThat(HtmlReportChromiumTest.locateChromium(Map.of("PARTNERBILL_CHROMIUM", browser.toString(), "CI", "true")))
                .isEqualTo(browser);
    }
}
