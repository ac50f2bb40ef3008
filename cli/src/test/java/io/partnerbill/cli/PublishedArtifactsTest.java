package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.File;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What a user's build receives from us: jars that name themselves and carry the license, POMs with
 * what Maven Central requires, and a runtime set that works as one directory on the module path.
 */
class PublishedArtifactsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LIBRARY_JAR =
            Pattern.compile(".*[/\\\\](core|tax|export|jdbc|testkit)[/\\\\]target[/\\\\]partnerbill-[a-z]+-.+\\.jar");

    @TempDir
    Path temp;

    @Test
    void runtimeJars_formOneModulePathDirectory() throws Exception {
        // The cli's runtime class path is core's, tax's, export's and jdbc's together: copy its jars into one
        // directory, as `dependency:copy-dependencies` does for a user, and read it as `java -p` would.
        String runtime = Files.readString(Path.of("target", "runtime-classpath.txt"), StandardCharsets.UTF_8).strip();
        Path lib = Files.createDirectories(temp.resolve("lib"));
        for (String entry : runtime.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (Files.isRegularFile(jar)) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
        }

        // Before Moneta's okhttp lost its Kotlin runtime: "Two versions of module okio found in ... (okio-jvm-3.6.0.jar and okio-3.6.0.jar)".
        assertThatCode(() -> ModuleFinder.of(lib).findAll()).doesNotThrowAnyException();
        Set<String> modules = ModuleFinder.of(lib).findAll().stream().map(ModuleReference::descriptor)
                .map(d -> d.name()).collect(Collectors.toSet());
        assertThat(modules).contains("org.javamoney.moneta", "okhttp3", "jakarta.annotation", "org.jspecify")
                .noneMatch(name -> name.startsWith("okio") || name.startsWith("kotlin"));
    }

    @Test
    void libraryJars_carryTheLicenseAndTheirNameAndVersion() throws Exception {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (LIBRARY_JAR.matcher(entry).matches()) {
                jars.add(Path.of(entry));
            }
        }
        // Under `mvn test` the reactor hands over classes directories; the jars exist from `package` on.
        Assumptions.assumeTrue(jars.size() == 5, "the reactor's jars are on the class path (mvn verify): " + jars);
        String license = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
        String version = text(pom(ROOT), "version");

        TreeMap<String, String> titles = new TreeMap<>();
        for (Path jar : jars) {
            Matcher module = LIBRARY_JAR.matcher(jar.toString());
            assertThat(module.matches()).isTrue();
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(file.getEntry("META-INF/LICENSE")).as("META-INF/LICENSE in %s", jar).isNotNull();
                assertThat(new String(file.getInputStream(file.getEntry("META-INF/LICENSE")).readAllBytes(),
                        StandardCharsets.UTF_8)).as("the license in %s", jar).isEqualTo(license);
                Attributes manifest = file.getManifest().getMainAttributes();
                assertThat(manifest.getValue("Implementation-Version")).as("version of %s", jar).isEqualTo(version);
                titles.put(module.group(1), manifest.getValue("Implementation-Title"));
            }
        }
        assertThat(titles).containsExactlyEntriesOf(new TreeMap<>(java.util.Map.of("core", "partnerbill core",
                "export", "partnerbill export", "jdbc", "partnerbill jdbc", "tax", "partnerbill tax",
                "testkit", "partnerbill testkit")));
    }

    @Test
    void publishedPoms_haveWhatMavenCentralRequires() throws Exception {
        // The modules inherit these from the parent; the BOM has no parent and states them itself.
        for (Path pom : List.of(ROOT.resolve("pom.xml"), ROOT.resolve("bom/pom.xml"))) {
            Element project = pom(pom.getParent());
            assertThat(text(project, "name")).as("name of %s", pom).isNotBlank();
            assertThat(text(project, "description")).as("description of %s", pom).isNotBlank();
            assertThat(text(project, "url")).as("url of %s", pom).startsWith("https://");
            assertThat(text(project, "licenses")).as("licenses of %s", pom).contains("Apache-2.0");
            assertThat(text(project, "developers")).as("developers of %s", pom).isNotBlank();
            assertThat(text(project, "scm")).as("scm of %s", pom).contains("scm:git:").contains("https://");
        }
        // No module replaces them with a value of its own (Maven would also append its name to the URLs).
        for (String module : List.of("core", "tax", "export", "jdbc", "testkit", "cli")) {
            Element project = pom(ROOT.resolve(module));
            for (String inherited : List.of("url", "licenses", "developers", "scm")) {
                assertThat(project.getElementsByTagName(inherited).getLength()).as("<%s> in %s", inherited, module)
                        .isZero();
            }
        }
        assertThat(pom(ROOT).getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
    }

    private static Element pom(Path directory) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(directory.resolve("pom.xml").toFile());
        return document.getDocumentElement();
    }

    /** The text of the project's own child element (not one nested in a dependency), or "". */
    private static String text(Element project, String name) {
        for (org.w3c.dom.Node node = project.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                return node.getTextContent().strip();
            }
        }
        return "";
    }
}
