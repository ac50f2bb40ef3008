package io.partnerbill.export.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** Runs Debian's Chromium headless on a page, and measures its screenshots, for the HTML report tests. */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /**
     * Runs Chromium on a file with the fixed flags (no sandbox as root, no background networking,
     * a new profile) and more; fails the test unless it exits 0 within 180 s.
     *
     * @return its standard output
     */
    public static byte[] run(Path executable, Path workDir, Path page, String... more) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "profile");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(more));
        command.add(page.toUri().toString());
        Path stdout = Files.createTempFile(workDir, "stdout", ".txt");
        Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish in 180 s: " + command);
        }
        assertThat(process.exitValue()).as("Chromium's exit code; stderr: %s", Files.readString(stderr)).isZero();
        return Files.readAllBytes(stdout);
    }

    /**
     * Screenshots a page at A4 width, 1240 × 1754 pixels, into {@code target/html-report/<name>.png}
     * (kept to look at), and asserts that it is not blank: more than 200 colours, and more than a
     * fifth of the sampled pixels not white.
     *
     * @return the screenshot
     */
    public static BufferedImage screenshotNotBlank(Path executable, Path workDir, Path page, String name)
            throws IOException, InterruptedException {
        Path png = Path.of("target", "html-report", name + ".png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        run(executable, workDir, page, "--hide-scrollbars", "--screenshot=" + png, "--window-size=1240,1754");

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG at %s", png).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1240);
        Sample sample = Sample.of(image);
        assertThat(sample.distinctColours()).as("distinct colours").isGreaterThan(200);
        assertThat(sample.notWhite()).as("pixels that are not white").isGreaterThan(sample.sampled() / 5);
        return image;
    }

    /** What a screenshot shows, sampled on every second pixel of every second row. */
    public record Sample(int distinctColours, long notWhite, long sampled) {

        public static Sample of(BufferedImage image) {
            Set<Integer> colours = new HashSet<>();
            long notWhite = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    if (rgb != 0xFFFFFF) {
                        notWhite++;
                    }
                }
            }
            long sampled = (long) ((image.getWidth() + 1) / 2) * ((image.getHeight() + 1) / 2);
            return new Sample(colours.size(), notWhite, sampled);
        }
    }

    /** The perceived brightness (0 to 255) of one pixel. */
    public static int luminance(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return ((rgb >> 16) & 0xFF) * 299 / 1000 + ((rgb >> 8) & 0xFF) * 587 / 1000 + (rgb & 0xFF) * 114 / 1000;
    }
}
