package io.partnerbill.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ExportTaskIdTest {

    @Test
    void taskId_parseOfToString_isTheSameId() {
        ExportTaskId id = ExportTaskId.random();
        assertThat(ExportTaskId.parse(id.toString())).isEqualTo(id);
        assertThat(ExportTaskId.of("task-1_a").value()).isEqualTo("task-1_a");
    }

    @Test
    void taskId_refusesUnsafeText() {
        assertThatThrownBy(() -> ExportTaskId.of("../etc"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Export task id must be 1 to 64 letters, digits, '-' or '_', was '../etc'");
    }
}
