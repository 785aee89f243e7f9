package org.designregistry.server.history;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.designregistry.model.history.ChangeRecord;

/**
 * Writes changes as an Atom 1.0 feed (RFC 4287): one entry per change, newest first, with the id of
 * the change's PROV-O record, its time as {@code updated}, its principal as author, a title saying
 * who changed what by which route, the message and triples in words as content, and links to the
 * change in the API and to the resources it touched.
 */
final class ChangeFeed {

    /** The media type of an Atom feed. */
    static final String MEDIA_TYPE = "application/atom+xml";

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String FEED_ID = "urn:x-design-registry:changes";

    private ChangeFeed() {}

    /**
     * Returns the feed's XML.
     *
     * @param base the server's address, such as {@code https://registry.example}, for links
     * @param self the feed's own address, with its filters
     * @param changes the changes, newest first
     */
    static String write(String base, String self, List<ChangeSummary> changes) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", FEED_ID);
            text(xml, "title", "Design Registry: changes");
            text(
                    xml,
                    "updated",
                    changes.isEmpty()
                            ? Instant.EPOCH.toString()
                            : changes.get(0).change().time().toString());
            xml.writeStartElement("author");
            text(xml, "name", "Design Registry");
            xml.writeEndElement();
            link(xml, "self", base + self, MEDIA_TYPE);
            link(xml, "alternate", base + "/changes", "text/html");
            for (ChangeSummary change : changes) {
                entry(xml, base, change);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the change feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, String base, ChangeSummary summary)
            throws XMLStreamException {
        ChangeRecord change = summary.change();
        xml.writeStartElement("entry");
        text(xml, "id", "urn:x-design-registry:change:" + change.number());
        text(xml, "title", title(summary));
        text(xml, "updated", change.time().toString());
        xml.writeStartElement("author");
        text(xml, "name", change.principal());
        xml.writeEndElement();
        link(xml, "alternate", base + "/api/changes/" + change.number(), "application/json");
        for (ChangeSummary.Touched touched : summary.touched()) {
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "related");
            xml.writeAttribute("href", base + touched.href());
            xml.writeAttribute("title", xmlSafe(touched.label()));
        }
        xml.writeStartElement("category");
        xml.writeAttribute("term", xmlSafe(change.route()));
        xml.writeEndElement();
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(xmlSafe(content(summary)));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String title(ChangeSummary summary) {
        ChangeRecord change = summary.change();
        List<String> labels = summary.touched().stream().map(ChangeSummary.Touched::label).toList();
        String what =
                labels.isEmpty()
                        ? "the registry"
                        : labels.size() <= 3
                                ? String.join(", ", labels)
                                : String.join(", ", labels.subList(0, 3))
                                        + " and "
                                        + (labels.size() - 3)
                                        + " more";
        return "Change "
                + change.number()
                + ": "
                + change.principal()
                + " changed "
                + what
                + " ("
                + change.route()
                + ")";
    }

    private static String content(ChangeSummary summary) {
        StringBuilder text = new StringBuilder();
        summary.change().message().ifPresent(m -> text.append(m).append("\n\n"));
        summary.change()
                .changeRequest()
                .ifPresent(c -> text.append("Change request: ").append(c).append("\n\n"));
        summary.lines().forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    /** Replaces the characters XML 1.0 cannot hold, even escaped, such as U+0001. */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        c ->
                                safe.appendCodePoint(
                                        c == 0x9
                                                        || c == 0xA
                                                        || c == 0xD
                                                        || (c >= 0x20 && c <= 0xD7FF)
                                                        || (c >= 0xE000 && c <= 0xFFFD)
                                                        || c >= 0x10000
                                                ? c
                                                : 0xFFFD));
        return safe.toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type)
            throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
