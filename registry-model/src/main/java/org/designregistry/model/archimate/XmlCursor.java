package org.designregistry.model.archimate;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks an exchange file's elements with a StAX reader: children by name, text, skipping, required
 * attributes, and refusals that name the file, line and column. Refuses entity references wherever
 * they appear.
 */
final class XmlCursor {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final String source;
    private final XMLStreamReader xml;

    XmlCursor(String source, XMLStreamReader xml) {
        this.source = source;
        this.xml = xml;
    }

    /** Calls {@code each} on every child named {@code name}, skipping others. */
    void children(String name, Step each) throws XMLStreamException {
        while (nextChild()) {
            if (xml.getLocalName().equals(name)
                    && ExchangeReader.NS.equals(xml.getNamespaceURI())) {
                each.run();
            } else {
                skip();
            }
        }
    }

    /** Moves to the next child element, true, or past the end of the current one, false. */
    boolean nextChild() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw fail("a DTD or entity reference is not allowed in an exchange file");
            }
        }
        return false;
    }

    String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS,
                        XMLStreamConstants.CDATA,
                        XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw fail("an entity reference is not allowed in an exchange file");
                case XMLStreamConstants.START_ELEMENT -> skip();
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                default -> {}
            }
        }
        return text.toString();
    }

    String skipText(String keep) throws XMLStreamException {
        text();
        return keep;
    }

    /** Skips the current element and everything in it. */
    void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw fail("an entity reference is not allowed in an exchange file");
            }
        }
    }

    String xsiType() throws XMLStreamException {
        String type = xml.getAttributeValue(XSI, "type");
        if (type == null || type.isBlank()) {
            throw fail("<" + xml.getLocalName() + "> has no xsi:type");
        }
        int colon = type.indexOf(':');
        return colon < 0 ? type.strip() : type.substring(colon + 1).strip();
    }

    String required(String attribute) throws XMLStreamException {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            throw fail("<" + xml.getLocalName() + "> has no " + attribute + " attribute");
        }
        return value.strip();
    }

    ArchiMateFormatException fail(String message) {
        var at = xml.getLocation();
        return new ArchiMateFormatException(
                source
                        + " line "
                        + at.getLineNumber()
                        + ", column "
                        + at.getColumnNumber()
                        + ": "
                        + message);
    }

    /** One step of a walk over the children of an element. */
    @FunctionalInterface
    interface Step {
        void run() throws XMLStreamException;
    }
}
