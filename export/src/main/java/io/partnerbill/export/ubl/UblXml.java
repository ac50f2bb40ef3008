package io.partnerbill.export.ubl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An indented XML writer over the JDK's StAX writer, which escapes text and attributes. */
final class UblXml {

    static final String INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    private final Writer writer;
    private final XMLStreamWriter xml;
    private int depth;

    UblXml(OutputStream out) throws XMLStreamException {
        writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("", "Invoice", INVOICE);
        xml.writeDefaultNamespace(INVOICE);
        xml.writeNamespace("cac", CAC);
        xml.writeNamespace("cbc", CBC);
        depth = 1;
    }

    /** Opens an aggregate (cac) element. */
    void open(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement("cac", name, CAC);
        depth++;
    }

    /** Closes the innermost aggregate element. */
    void close() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    /** A basic (cbc) element with text. */
    void value(String name, String text) throws XMLStreamException {
        indent();
        xml.writeStartElement("cbc", name, CBC);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    /** A basic (cbc) element with one attribute and text, such as an amount and its currencyID. */
    void value(String name, String attribute, String attributeValue, String text) throws XMLStreamException {
        indent();
        xml.writeStartElement("cbc", name, CBC);
        xml.writeAttribute(attribute, clean(attributeValue));
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    void finish() throws XMLStreamException {
        depth = 0;
        indent();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
        try {
            writer.flush();
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** XML 1.0 cannot carry most control characters: a space stands for each; tab, newline and return stay. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r'
                || cp == 0xFFFE || cp == 0xFFFF ? ' ' : cp));
        return out.toString();
    }

    @Override
    public String toString() {
        return "UblXml[depth " + depth + "]";
    }
}
