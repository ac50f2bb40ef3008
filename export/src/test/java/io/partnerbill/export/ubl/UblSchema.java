package io.partnerbill.export.ubl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The OASIS UBL 2.1 Invoice schema from the test class path (ph-ubl21 and the helger XSD jars),
 * with the schemas it imports by namespace alone resolved from the same jars, never the network.
 */
final class UblSchema {

    private static final Map<String, String> IMPORTS = Map.of(
            "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2", "/schemas/CCTS_CCT_SchemaModule.xsd",
            "http://www.w3.org/2000/09/xmldsig#", "/schemas/xmldsig-core-schema.xsd",
            "http://uri.etsi.org/01903/v1.3.2#", "/schemas/XAdES01903v132-201601.xsd",
            "http://uri.etsi.org/01903/v1.4.1#", "/schemas/XAdES01903v141-201601.xsd");

    static final Schema INVOICE = load();

    private UblSchema() {
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                String path = namespace == null ? null : IMPORTS.get(namespace);
                if (path == null) {
                    return null; // a relative include inside the UBL jar: the parser resolves it itself
                }
                URL url = UblSchema.class.getResource(path);
                if (url == null) {
                    throw new IllegalStateException("Schema " + path + " is not on the test class path");
                }
                try {
                    LSInput input = ls.createLSInput();
                    input.setByteStream(new ByteArrayInputStream(url.openStream().readAllBytes()));
                    input.setSystemId(url.toString());
                    return input;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            URL xsd = UblSchema.class.getResource("/external/schemas/ubl21/maindoc/UBL-Invoice-2.1.xsd");
            return factory.newSchema(new StreamSource(xsd.openStream(), xsd.toString()));
        } catch (SAXException | IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load the UBL 2.1 Invoice schema", e);
        }
    }

    /** Validates a document; throws the parser's exception, which names the element, when it is not valid. */
    static void validate(byte[] xml) throws SAXException, IOException {
        INVOICE.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
