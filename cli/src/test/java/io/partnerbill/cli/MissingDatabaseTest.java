package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** export, history and pay refuse a --db that holds no demo database, and create nothing there; only demo creates one. */
class MissingDatabaseTest {

    @TempDir
    Path temp;

    static Stream<Arguments> commandsAndPlaces() {
        List<Arguments> cases = new ArrayList<>();
        List<List<String>> commands = List.of(List.of("export"), List.of("export", "--kind", "BILL_DETAILS"),
                List.of("history"), List.of("pay", "--amount", "100.00", "--reference", "BANK-1"));
        for (List<String> command : commands) {
            // a mistyped path; a path under a missing directory; an existing empty directory; a plain file
            for (String place : List.of("partnerbill-demoo", "no/such/dir", "@empty", "@file")) {
                cases.add(Arguments.of(command, place));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("commandsAndPlaces")
    void commandsOtherThanDemoRefuseADatabaseThatDoesNotExist(List<String> command, String place) throws IOException {
        Path db = switch (place) {
            case "@empty" -> Files.createDirectory(temp.resolve("empty"));
            case "@file" -> Files.writeString(temp.resolve("file"), "not a database");
            default -> temp.resolve(place);
        };
        List<Path> before = listing();
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--db", db.toString()));

        CliRunner r = CliRunner.run(args.toArray(String[]::new));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("partnerbill: no demo database in " + db + " (create one with: partnerbill demo --db "
                + db + ")" + System.lineSeparator());
        assertThat(listing()).as("nothing created").isEqualTo(before);
        if (place.equals("@file")) {
            assertThat(Files.readString(db)).isEqualTo("not a database");
        }
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            return files.sorted().toList();
        }
    }
}
