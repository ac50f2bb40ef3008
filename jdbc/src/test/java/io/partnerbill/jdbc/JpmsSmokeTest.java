package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Starts a JVM with partnerbill-jdbc, core and their dependencies on the module path (the main
 * class on the class path reads them), to prove the module descriptor and the schema files
 * work for JPMS users: {@code migrate()} finds {@code migration/V<n>__*.sql} inside the named module.
 */
class JpmsSmokeTest {

    /** Test-only jars, and okio's non-JVM artifact that clashes with okio-jvm as module "okio". */
    private static final Pattern NOT_A_RUNTIME_MODULE = Pattern.compile(
            ".*(test-classes|-tests\\.jar|junit|jqwik|assertj|opentest4j|apiguardian|byte-buddy|postgresql|surefire|/okio-\\d).*");

    @Test
    void migratesWithTheJarsOnTheModulePath() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = Arrays.asList(classPath.split(File.pathSeparator));
        String modulePath = entries.stream().filter(e -> !NOT_A_RUNTIME_MODULE.matcher(e.replace('\\', '/')).matches())
                .collect(Collectors.joining(File.pathSeparator));
        String testClasses = entries.stream().filter(e -> e.replace('\\', '/').endsWith("test-classes")).findFirst()
                .orElseThrow();
        assertThat(modulePath).contains("partnerbill-core").contains("h2");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process jvm = new ProcessBuilder(java, "--module-path", modulePath,
                "--add-modules", "io.partnerbill.jdbc,com.h2database", "-cp", testClasses,
                "io.partnerbill.jdbc.jpms.JpmsMain").redirectErrorStream(true).start();
        String out = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        int version = JdbcBillingStore.schemaVersion();
        assertThat(out).contains("module io.partnerbill.jdbc, applied " + version + " of " + version
                + ", lines 0, resellers 0, budget of C-1 false");
        assertThat(jvm.exitValue()).as(out).isZero();
    }
}
