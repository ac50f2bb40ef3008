package io.partnerbill.export.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.export.ExportTaskId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportSinkTest {

    @TempDir
    Path dir;

    private final ExportTaskId task = ExportTaskId.of("t1");

    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).toList();
        }
    }

    @Test
    void localDirectory_writesToAHiddenTempNameAndPublishesOnCommit() throws IOException {
        ExportSink sink = ExportSink.localDirectory(dir);
        try (ExportSink.PendingFile file = sink.create(task, "a.csv")) {
            file.stream().write("hello".getBytes(StandardCharsets.UTF_8));
            file.stream().flush();
            assertThat(files()).singleElement().asString().startsWith("t1/.a.csv.").endsWith(".part");
            file.commit();
        }
        assertThat(files()).containsExactly("t1/a.csv");
        try (InputStream in = sink.open(task, "a.csv")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
        }
    }

    @Test
    void localDirectory_closeWithoutCommit_leavesNoFile() throws IOException {
        ExportSink sink = ExportSink.localDirectory(dir);
        try (ExportSink.PendingFile file = sink.create(task, "a.csv")) {
            file.stream().write(1);
        }
        assertThat(files()).isEmpty();
        assertThatThrownBy(() -> sink.open(task, "a.csv")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void localDirectory_refusesNamesOutsideTheTaskDirectory() {
        ExportSink sink = ExportSink.localDirectory(dir);
        assertThatThrownBy(() -> sink.create(task, "../x.csv"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Export file name must be a plain, visible file name, was '../x.csv'");
        assertThatThrownBy(() -> sink.open(task, ".hidden"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Export file name must be a plain, visible file name, was '.hidden'");
    }
}
