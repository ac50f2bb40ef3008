package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A user imports {@code partnerbill-bom} and names our artifacts without versions: the BOM must
 * list every artifact the reactor publishes (a module that neither skips deployment nor is the
 * BOM itself), and nothing else of ours.
 */
class BomCompletenessTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void bom_listsEveryPublishedArtifactOfTheReactor() throws Exception {
        TreeSet<String> published = new TreeSet<>();
        for (String module : childTexts(document(ROOT.resolve("pom.xml")).getDocumentElement(), "modules", "module")) {
            Document pom = document(ROOT.resolve(module).resolve("pom.xml"));
            Element project = pom.getDocumentElement();
            String packaging = childText(project, "packaging");
            List<Element> properties = children(project, "properties");
            boolean deploySkipped = !properties.isEmpty()
                    && "true".equals(childText(properties.get(0), "maven.deploy.skip"));
            if (!"pom".equals(packaging) && !deploySkipped) {
                published.add(childText(project, "artifactId"));
            }
        }
        Element bom = document(ROOT.resolve("bom/pom.xml")).getDocumentElement();
        TreeSet<String> listed = new TreeSet<>();
        Element dependencies = child(child(bom, "dependencyManagement"), "dependencies");
        for (Element dependency : children(dependencies, "dependency")) {
            if ("io.partnerbill".equals(childText(dependency, "groupId"))) {
                listed.add(childText(dependency, "artifactId"));
            }
        }

        assertThat(published).as("published modules found in %s", ROOT)
                .contains("partnerbill-core", "partnerbill-jdbc").doesNotContain("partnerbill-bench");
        assertThat(listed).as("artifacts listed by bom/pom.xml").isEqualTo(published);
    }

    private static Document document(Path file) throws Exception {
        assertThat(file).isRegularFile();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
        return found.get(0);
    }

    private static String childText(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
    }

    private static List<String> childTexts(Element parent, String list, String item) {
        List<String> texts = new ArrayList<>();
        for (Element e : children(child(parent, list), item)) {
            texts.add(e.getTextContent().trim());
        }
        return texts;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                found.add((Element) node);
            }
        }
        return found;
    }
}
