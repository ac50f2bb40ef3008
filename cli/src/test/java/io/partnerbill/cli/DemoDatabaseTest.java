package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo database's own file lock: one process at a time, released on close (and with its process). */
class DemoDatabaseTest {

    @TempDir
    Path temp;

    @Test
    void aSecondOpenWhileTheFirstHoldsTheDatabase_isRefusedWithOneLine_andAllowedAfterClose() {
        Path db = temp.resolve("db");
        try (DemoDatabase first = DemoDatabase.open(db)) {
            CliRunner second = CliRunner.run("history", "--db", db.toString());
            assertThat(second.exitCode()).isEqualTo(2);
            assertThat(second.err()).isEqualTo("partnerbill: the database in " + db
                    + " is in use by another partnerbill process" + System.lineSeparator());
        }
        CliRunner after = CliRunner.run("history", "--db", db.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).contains("No exports yet");
    }
}
