package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a forked {@code partnerbill demo} ({@code destroyForcibly}: SIGKILL on Linux) the moment a file
 * of HSQLDB's database creation appears, then opens the database again through the command line.
 * DemoCrashTest's random kill points land in this window of a few milliseconds only on a loaded
 * machine; here every kill aims at it. The triggers take turns: {@code partnerbill.script.new} (the
 * first checkpoint written, nothing else yet: the state that made every later open fail with
 * {@code FileNotFoundException: .../partnerbill.script}), {@code partnerbill.properties} (the
 * checkpoint half renamed), {@code partnerbill.script} (created, before the migration) and
 * {@code partnerbill.data} (the migration's first cached table).
 *
 * <p>CI: 12 kills (3 per trigger), 18 s in a full verify on 2 cores. More: {@code -Dpartnerbill.creationkill.rounds=40}.
 * Before the fix the rerun after the first kill (at {@code .script.new}, leaving {@code .log} and
 * {@code .script.new}) failed with that exception; with it, a 12-kill run left that unopenable state
 * 3 times and every rerun opened. A CI run later failed 1 of 12 kills at {@code partnerbill.data}
 * ("General error" on every migration of the half-written database); since the demo marks a database
 * it creates and starts afresh from an unfinished one, 3 runs of 24 kills all reopened. The states each
 * run left are printed.
 */
class DemoCreationKillTest {

    private static final int ROUNDS = Integer.getInteger("partnerbill.creationkill.rounds", 12);
    private static final List<String> TRIGGERS = List.of("partnerbill.script.new", "partnerbill.properties",
            "partnerbill.script", "partnerbill.data");
    private static final long START_TIMEOUT_MILLIS = 60_000;

    @TempDir
    Path temp;

    @Test
    void aDemoKilledWhileItsDatabaseIsCreated_opensOnTheNextRun() throws Exception {
        TreeMap<String, Integer> leftStates = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Path db = temp.resolve("killed-" + round);
            String trigger = TRIGGERS.get(round % TRIGGERS.size());
            String state = killWhenCreated(db, trigger);
            leftStates.merge(state, 1, Integer::sum);

            CliRunner rerun = CliRunner.run("history", "--db", db.toString());

            assertThat(rerun.err()).as("round %d, killed at %s, left %s", round, trigger, state).isEmpty();
            assertThat(rerun.exitCode()).isZero();
            assertThat(rerun.out()).contains("No exports yet");
            assertThat(db.resolve("partnerbill.script")).exists();
        }
        System.out.println("DemoCreationKillTest: " + ROUNDS + " kills; states left (files, count): " + leftStates);
    }

    /** Starts the demo on a new database, kills it as soon as {@code trigger} exists; returns the files it left. */
    private String killWhenCreated(Path db, String trigger) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                PartnerbillCli.class.getName(), "demo", "--orders", "1", "--db", db.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve(db.getFileName() + ".log").toFile()).start();
        Path file = db.resolve(trigger);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
        // Polls without sleeping: the window between two of these files is a few milliseconds.
        boolean seen = false;
        while (!seen && process.isAlive() && System.nanoTime() < deadline) {
            seen = Files.exists(file);
            Thread.onSpinWait();
        }
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed demo ends").isTrue();
        // Seen, not checked again after the kill: a checkpoint deletes .properties before it renames
        // .properties.new into its place, and the kill may land in between.
        assertThat(seen).as("%s appeared before the demo ended", trigger).isTrue();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(db)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("partnerbill.") && !n.equals("partnerbill.lock")
                    && !n.equals("partnerbill.tmp")).sorted().forEach(names::add);
        }
        return String.join(" ", names);
    }
}
