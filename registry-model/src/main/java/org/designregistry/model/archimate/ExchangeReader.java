package org.designregistry.model.archimate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.designregistry.ontology.ArchiMate;

/**
 * Reads an ArchiMate Open Exchange file (The Open Group's Model Exchange File Format, version 3.x,
 * as Archi, Sparx EA and BiZZdesign write it) into an {@link ExchangeModel}: elements with their
 * names, documentation, properties and folders, and relationships. Views are skipped.
 *
 * <p>Safe on hostile files: a DTD is refused (so no entity, internal or external, is ever
 * expanded), nothing outside the file is fetched, and reading stops with an error when the file
 * passes its size limit. The file is streamed, so memory grows with the model, not with the file's
 * views or whitespace.
 */
final class ExchangeReader {

    /** The namespace of the exchange format, the same for every 3.x version. */
    static final String NS = "http://www.opengroup.org/xsd/archimate/3.0/";

    private final String source;
    private final XMLStreamReader xml;
    private final XmlCursor cursor;
    private final Map<String, String> propertyNames = new HashMap<>();
    private final Map<String, List<String>> folders = new HashMap<>();
    private final List<PendingElement> elements = new ArrayList<>();
    private final List<ExchangeModel.Relationship> relationships = new ArrayList<>();
    private final Map<String, Integer> relationshipLines = new HashMap<>();
    private final Set<String> identifiers = new HashSet<>();
    private final Set<String> relationshipIds = new HashSet<>();

    private ExchangeReader(String source, XMLStreamReader xml) {
        this.source = source;
        this.xml = xml;
        this.cursor = new XmlCursor(source, xml);
    }

    /**
     * Returns the model a file states.
     *
     * @param in the file, which this method does not close
     * @param source the file's name, quoted in error messages
     * @param maxBytes the largest file accepted
     * @throws ArchiMateFormatException naming the file, line and column of what is wrong
     */
    static ExchangeModel read(InputStream in, String source, long maxBytes) {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(new BoundedInput(in, maxBytes, source));
            return new ExchangeReader(source, xml).model();
        } catch (XMLStreamException e) {
            throw refusal(source, e);
        } finally {
            close(xml);
        }
    }

    /** Returns the refusal of a file the parser gave up on: its size, or where and why. */
    private static ArchiMateFormatException refusal(String source, XMLStreamException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof ArchiMateFormatException known) {
                return known;
            }
            cause =
                    cause instanceof XMLStreamException x && x.getNestedException() != null
                            ? x.getNestedException()
                            : cause.getCause();
        }
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        int at = message.indexOf("Message: ");
        String why = at < 0 ? message : message.substring(at + "Message: ".length());
        String where =
                e.getLocation() == null
                        ? ""
                        : " line "
                                + e.getLocation().getLineNumber()
                                + ", column "
                                + e.getLocation().getColumnNumber();
        return new ArchiMateFormatException(
                source + where + ": not well-formed XML: " + why.strip());
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Nothing to release beyond the parser, which is done with either way.
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver(
                (publicId, systemId, base, namespace) -> {
                    throw new XMLStreamException("external resources are not read: " + systemId);
                });
        return factory;
    }

    private ExchangeModel model() throws XMLStreamException {
        int event = xml.next();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw cursor.fail(
                        "a DTD is not allowed in an exchange file (no entities are read)");
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw cursor.fail("not an ArchiMate exchange model: the file has no root element");
            }
            event = xml.next();
        }
        if (!"model".equals(xml.getLocalName()) || !NS.equals(xml.getNamespaceURI())) {
            throw cursor.fail(
                    "not an ArchiMate exchange model: the root element is {"
                            + xml.getNamespaceURI()
                            + "}"
                            + xml.getLocalName()
                            + ", expected model in the namespace "
                            + NS);
        }
        String identifier = cursor.required("identifier");
        String name = null;
        while (cursor.nextChild()) {
            switch (xml.getLocalName()) {
                case "name" -> name = name == null ? cursor.text() : cursor.skipText(name);
                case "elements" -> cursor.children("element", this::element);
                case "relationships" -> cursor.children("relationship", this::relationship);
                case "organizations" -> cursor.children("item", () -> item(List.of()));
                case "propertyDefinitions" ->
                        cursor.children("propertyDefinition", this::definition);
                default -> cursor.skip();
            }
        }
        List<ExchangeModel.Element> done = new ArrayList<>();
        for (PendingElement e : elements) {
            done.add(e.resolve(propertyNames, folders.getOrDefault(e.identifier, List.of())));
        }
        checkEnds();
        return new ExchangeModel(identifier, name == null ? identifier : name, done, relationships);
    }

    private void element() throws XMLStreamException {
        String identifier = unique(cursor.required("identifier"));
        String type = cursor.xsiType();
        if (!ArchiMate.ELEMENT_TYPES.contains(type)) {
            throw cursor.fail(
                    "element "
                            + identifier
                            + " has the unknown type '"
                            + type
                            + "'; ArchiMate 3.1 types are "
                            + String.join(", ", ArchiMate.ELEMENT_TYPES));
        }
        PendingElement element = new PendingElement(identifier, type);
        while (cursor.nextChild()) {
            switch (xml.getLocalName()) {
                case "name" ->
                        element.name = element.name == null ? cursor.text() : cursor.skipText(null);
                case "documentation" ->
                        element.documentation =
                                element.documentation == null
                                        ? cursor.text()
                                        : cursor.skipText(null);
                case "properties" -> cursor.children("property", () -> property(element));
                default -> cursor.skip();
            }
        }
        elements.add(element);
    }

    private void relationship() throws XMLStreamException {
        String identifier = unique(cursor.required("identifier"));
        relationshipIds.add(identifier);
        relationshipLines.put(identifier, xml.getLocation().getLineNumber());
        String type = cursor.xsiType();
        if (!RelationshipTypes.XSI_TYPES.contains(type)) {
            throw cursor.fail(
                    "relationship "
                            + identifier
                            + " has the unknown type '"
                            + type
                            + "'; ArchiMate 3.1 types are "
                            + String.join(", ", RelationshipTypes.XSI_TYPES));
        }
        Optional<String> accessType = Optional.empty();
        if (type.equals("Access")) {
            String given = xml.getAttributeValue(null, "accessType");
            accessType = Optional.of(given == null || given.isBlank() ? "Access" : given.strip());
            if (!RelationshipTypes.ACCESS_TYPES.contains(accessType.get())) {
                throw cursor.fail(
                        "relationship "
                                + identifier
                                + " has the unknown accessType '"
                                + accessType.get()
                                + "'; expected one of "
                                + String.join(", ", RelationshipTypes.ACCESS_TYPES));
            }
        }
        relationships.add(
                new ExchangeModel.Relationship(
                        identifier,
                        type,
                        cursor.required("source"),
                        cursor.required("target"),
                        accessType));
        cursor.skip();
    }

    private void property(PendingElement element) throws XMLStreamException {
        String definition = cursor.required("propertyDefinitionRef");
        String value = null;
        while (cursor.nextChild()) {
            if (xml.getLocalName().equals("value") && value == null) {
                value = cursor.text();
            } else {
                cursor.skip();
            }
        }
        element.properties.add(new String[] {definition, value == null ? "" : value});
    }

    private void definition() throws XMLStreamException {
        String identifier = cursor.required("identifier");
        String name = null;
        while (cursor.nextChild()) {
            if (xml.getLocalName().equals("name") && name == null) {
                name = cursor.text();
            } else {
                cursor.skip();
            }
        }
        propertyNames.put(identifier, name == null ? identifier : name);
    }

    /** Reads an organisation item: a folder with a label, or a reference to what it holds. */
    private void item(List<String> path) throws XMLStreamException {
        String ref = xml.getAttributeValue(null, "identifierRef");
        if (ref != null) {
            folders.putIfAbsent(ref, path);
        }
        List<String> here = path;
        while (cursor.nextChild()) {
            switch (xml.getLocalName()) {
                case "label" -> {
                    List<String> deeper = new ArrayList<>(path);
                    deeper.add(cursor.text().strip());
                    here = List.copyOf(deeper);
                }
                case "item" -> item(here);
                default -> cursor.skip();
            }
        }
    }

    private void checkEnds() {
        Set<String> elementIds = new HashSet<>();
        elements.forEach(e -> elementIds.add(e.identifier));
        for (ExchangeModel.Relationship r : relationships) {
            for (String end : List.of(r.source(), r.target())) {
                if (!elementIds.contains(end)) {
                    throw new ArchiMateFormatException(
                            source
                                    + " line "
                                    + relationshipLines.get(r.identifier())
                                    + ": relationship "
                                    + r.identifier()
                                    + " connects "
                                    + end
                                    + (relationshipIds.contains(end)
                                            ? ", a relationship; the registry imports"
                                                    + " relationships between elements only"
                                            : ", which is no element of the model"));
                }
            }
        }
    }

    private String unique(String identifier) throws XMLStreamException {
        if (!identifiers.add(identifier)) {
            throw cursor.fail("the identifier " + identifier + " is used twice");
        }
        return identifier;
    }
}
