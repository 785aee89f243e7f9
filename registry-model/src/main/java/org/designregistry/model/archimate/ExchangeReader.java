package org.designregistry.model.archimate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
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

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final String source;
    private final XMLStreamReader xml;
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
                throw fail("a DTD is not allowed in an exchange file (no entities are read)");
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fail("not an ArchiMate exchange model: the file has no root element");
            }
            event = xml.next();
        }
        if (!"model".equals(xml.getLocalName()) || !NS.equals(xml.getNamespaceURI())) {
            throw fail(
                    "not an ArchiMate exchange model: the root element is {"
                            + xml.getNamespaceURI()
                            + "}"
                            + xml.getLocalName()
                            + ", expected model in the namespace "
                            + NS);
        }
        String identifier = required("identifier");
        String name = null;
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "name" -> name = name == null ? text() : skipText(name);
                case "elements" -> children("element", this::element);
                case "relationships" -> children("relationship", this::relationship);
                case "organizations" -> children("item", () -> item(List.of()));
                case "propertyDefinitions" -> children("propertyDefinition", this::definition);
                default -> skip();
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
        String identifier = unique(required("identifier"));
        String type = xsiType();
        if (!ArchiMate.ELEMENT_TYPES.contains(type)) {
            throw fail(
                    "element "
                            + identifier
                            + " has the unknown type '"
                            + type
                            + "'; ArchiMate 3.1 types are "
                            + String.join(", ", ArchiMate.ELEMENT_TYPES));
        }
        PendingElement element = new PendingElement(identifier, type);
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "name" -> element.name = element.name == null ? text() : skipText(null);
                case "documentation" ->
                        element.documentation =
                                element.documentation == null ? text() : skipText(null);
                case "properties" -> children("property", () -> property(element));
                default -> skip();
            }
        }
        elements.add(element);
    }

    private void relationship() throws XMLStreamException {
        String identifier = unique(required("identifier"));
        relationshipIds.add(identifier);
        relationshipLines.put(identifier, xml.getLocation().getLineNumber());
        String type = xsiType();
        if (!RelationshipTypes.XSI_TYPES.contains(type)) {
            throw fail(
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
                throw fail(
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
                        identifier, type, required("source"), required("target"), accessType));
        skip();
    }

    private void property(PendingElement element) throws XMLStreamException {
        String definition = required("propertyDefinitionRef");
        String value = null;
        while (nextChild()) {
            if (xml.getLocalName().equals("value") && value == null) {
                value = text();
            } else {
                skip();
            }
        }
        element.properties.add(new String[] {definition, value == null ? "" : value});
    }

    private void definition() throws XMLStreamException {
        String identifier = required("identifier");
        String name = null;
        while (nextChild()) {
            if (xml.getLocalName().equals("name") && name == null) {
                name = text();
            } else {
                skip();
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
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "label" -> {
                    List<String> deeper = new ArrayList<>(path);
                    deeper.add(text().strip());
                    here = List.copyOf(deeper);
                }
                case "item" -> item(here);
                default -> skip();
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

    /** Calls {@code each} on every child named {@code name}, skipping others. */
    private void children(String name, Step each) throws XMLStreamException {
        while (nextChild()) {
            if (xml.getLocalName().equals(name) && NS.equals(xml.getNamespaceURI())) {
                each.run();
            } else {
                skip();
            }
        }
    }

    /** Moves to the next child element, true, or past the end of the current one, false. */
    private boolean nextChild() throws XMLStreamException {
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

    private String text() throws XMLStreamException {
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

    private String skipText(String keep) throws XMLStreamException {
        text();
        return keep;
    }

    /** Skips the current element and everything in it. */
    private void skip() throws XMLStreamException {
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

    private String xsiType() throws XMLStreamException {
        String type = xml.getAttributeValue(XSI, "type");
        if (type == null || type.isBlank()) {
            throw fail("<" + xml.getLocalName() + "> has no xsi:type");
        }
        int colon = type.indexOf(':');
        return colon < 0 ? type.strip() : type.substring(colon + 1).strip();
    }

    private String required(String attribute) throws XMLStreamException {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            throw fail("<" + xml.getLocalName() + "> has no " + attribute + " attribute");
        }
        return value.strip();
    }

    private String unique(String identifier) throws XMLStreamException {
        if (!identifiers.add(identifier)) {
            throw fail("the identifier " + identifier + " is used twice");
        }
        return identifier;
    }

    private ArchiMateFormatException fail(String message) {
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

    @FunctionalInterface
    private interface Step {
        void run() throws XMLStreamException;
    }
}
