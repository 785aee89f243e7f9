package org.designregistry.model.archimate;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.designregistry.model.RegistryException;

/**
 * Writes an {@link ExchangeModel} as an ArchiMate Open Exchange file, valid against The Open
 * Group's {@code archimate3_Diagram.xsd} (version 3.1): the model's name, its elements with names,
 * documentation and properties, its relationships, its folders as organisations, and the property
 * definitions the properties name. It writes no views.
 */
final class ExchangeWriter {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final String SCHEMA_LOCATION =
            ExchangeReader.NS
                    + " http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd";

    private final XMLStreamWriter xml;
    private int depth;

    private ExchangeWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Writes the model to {@code out} in UTF-8; does not close it. */
    static void write(ExchangeModel model, OutputStream out) {
        try {
            XMLStreamWriter xml =
                    XMLOutputFactory.newFactory()
                            .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            new ExchangeWriter(xml).model(model);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new RegistryException("Cannot write the ArchiMate exchange file", e);
        }
    }

    private void model(ExchangeModel model) throws XMLStreamException {
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        newline();
        xml.setDefaultNamespace(ExchangeReader.NS);
        xml.writeStartElement(ExchangeReader.NS, "model");
        xml.writeDefaultNamespace(ExchangeReader.NS);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
        xml.writeAttribute("identifier", model.identifier());
        depth++;
        text("name", model.name());
        Map<String, String> definitions = propertyDefinitions(model);
        if (!model.elements().isEmpty()) {
            open("elements");
            for (ExchangeModel.Element e : model.elements()) {
                element(e, definitions);
            }
            close();
        }
        if (!model.relationships().isEmpty()) {
            open("relationships");
            for (ExchangeModel.Relationship r : model.relationships()) {
                start("relationship");
                xml.writeAttribute("identifier", r.identifier());
                xml.writeAttribute("source", r.source());
                xml.writeAttribute("target", r.target());
                xml.writeAttribute(XSI, "type", r.type());
                if (r.accessType().isPresent()) {
                    xml.writeAttribute("accessType", r.accessType().get());
                }
            }
            close();
        }
        organizations(model);
        if (!definitions.isEmpty()) {
            open("propertyDefinitions");
            for (Map.Entry<String, String> d : definitions.entrySet()) {
                open("propertyDefinition");
                xml.writeAttribute("identifier", d.getValue());
                xml.writeAttribute("type", "string");
                text("name", d.getKey());
                close();
            }
            close();
        }
        depth--;
        newline();
        xml.writeEndElement();
        newline();
        xml.writeEndDocument();
    }

    private void element(ExchangeModel.Element e, Map<String, String> definitions)
            throws XMLStreamException {
        open("element");
        xml.writeAttribute("identifier", e.identifier());
        xml.writeAttribute(XSI, "type", e.type());
        text("name", e.name());
        if (e.documentation().isPresent()) {
            text("documentation", e.documentation().get());
        }
        if (!e.properties().isEmpty()) {
            open("properties");
            for (String p : e.properties()) {
                String[] parts = PropertyText.split(p);
                open("property");
                xml.writeAttribute("propertyDefinitionRef", definitions.get(parts[0]));
                text("value", parts[1]);
                close();
            }
            close();
        }
        close();
    }

    /** Writes the folders as nested organisation items, each holding its elements. */
    private void organizations(ExchangeModel model) throws XMLStreamException {
        Folder root = new Folder();
        for (ExchangeModel.Element e : model.elements()) {
            Folder folder = root;
            for (String label : e.folder()) {
                folder = folder.children.computeIfAbsent(label, l -> new Folder());
            }
            folder.elements.add(e.identifier());
        }
        if (root.children.isEmpty() && root.elements.isEmpty()) {
            return;
        }
        open("organizations");
        for (Map.Entry<String, Folder> child : root.children.entrySet()) {
            folder(child.getKey(), child.getValue());
        }
        for (String id : root.elements) {
            reference(id);
        }
        close();
    }

    private void folder(String label, Folder folder) throws XMLStreamException {
        open("item");
        text("label", label);
        for (Map.Entry<String, Folder> child : folder.children.entrySet()) {
            folder(child.getKey(), child.getValue());
        }
        for (String id : folder.elements) {
            reference(id);
        }
        close();
    }

    private void reference(String identifier) throws XMLStreamException {
        start("item");
        xml.writeAttribute("identifierRef", identifier);
    }

    /** Returns each property name with its definition's identifier, in order of name. */
    private static Map<String, String> propertyDefinitions(ExchangeModel model) {
        TreeMap<String, Boolean> names = new TreeMap<>();
        model.elements()
                .forEach(
                        e ->
                                e.properties()
                                        .forEach(p -> names.put(PropertyText.split(p)[0], true)));
        Map<String, String> ids = new LinkedHashMap<>();
        int n = 1;
        for (String name : names.keySet()) {
            ids.put(name, "propid-" + n++);
        }
        return ids;
    }

    private void text(String name, String value) throws XMLStreamException {
        newline();
        xml.writeStartElement(ExchangeReader.NS, name);
        xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", "en");
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void open(String name) throws XMLStreamException {
        newline();
        xml.writeStartElement(ExchangeReader.NS, name);
        depth++;
    }

    /** Writes an empty element; the caller adds its attributes. */
    private void start(String name) throws XMLStreamException {
        newline();
        xml.writeEmptyElement(ExchangeReader.NS, name);
    }

    private void close() throws XMLStreamException {
        depth--;
        newline();
        xml.writeEndElement();
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** A folder of the organisations tree, its sub-folders in order of label. */
    private static final class Folder {
        final Map<String, Folder> children = new TreeMap<>();
        final List<String> elements = new ArrayList<>();
    }
}
