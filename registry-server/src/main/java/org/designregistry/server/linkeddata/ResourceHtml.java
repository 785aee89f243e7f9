package org.designregistry.server.linkeddata;

import java.util.List;
import org.designregistry.model.resource.ResourceDescription;
import org.designregistry.model.resource.ResourceDescription.LinkGroup;
import org.designregistry.model.resource.ResourceDescription.Linked;
import org.designregistry.model.resource.ResourceDescription.PropertyValues;
import org.designregistry.model.resource.Value;
import org.springframework.web.util.HtmlUtils;

/**
 * A plain HTML page of a resource: its values, and its links both ways as links to their own pages.
 * Every piece of data is escaped. The registry's full web interface is another feature.
 */
final class ResourceHtml {

    private ResourceHtml() {}

    static String page(ResourceDescription resource, LocalUrls urls) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>")
                .append(esc(resource.label()))
                .append(" - Design Registry</title>\n</head>\n<body>\n<h1>")
                .append(esc(resource.label()))
                .append("</h1>\n<p><code>")
                .append(esc(resource.iri()))
                .append("</code>");
        resource.ref().ifPresent(ref -> html.append(" (").append(esc(ref.toString())).append(")"));
        html.append(": ")
                .append(
                        esc(
                                String.join(
                                        ", ",
                                        resource.types().stream().map(t -> t.label()).toList())))
                .append("</p>\n<h2>Properties</h2>\n<dl>\n");
        for (PropertyValues property : resource.properties()) {
            html.append("<dt>").append(esc(property.property().label())).append("</dt>\n");
            for (Value value : property.values()) {
                html.append("<dd>").append(esc(value.text())).append("</dd>\n");
            }
        }
        html.append("</dl>\n");
        links(html, "Links", resource.outgoing(), urls);
        links(html, "Linked from", resource.incoming(), urls);
        html.append("<p>Also available as RDF by content negotiation")
                .append(" (text/turtle, application/ld+json, application/n-triples,")
                .append(" application/rdf+xml).</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void links(
            StringBuilder html, String heading, List<LinkGroup> groups, LocalUrls urls) {
        if (groups.isEmpty()) {
            return;
        }
        html.append("<h2>").append(heading).append("</h2>\n<dl>\n");
        for (LinkGroup group : groups) {
            html.append("<dt>").append(esc(group.relation().label())).append("</dt>\n");
            for (Linked linked : group.resources()) {
                String label = linked.resource().label();
                String name =
                        linked.resource().identifier().isEmpty()
                                        || label.startsWith(linked.resource().identifier())
                                ? label
                                : linked.resource().identifier() + " " + label;
                html.append("<dd>");
                urls.path(linked.resource().iri())
                        .ifPresentOrElse(
                                path ->
                                        html.append("<a href=\"")
                                                .append(esc(path))
                                                .append("\">")
                                                .append(esc(name))
                                                .append("</a>"),
                                () -> html.append(esc(name)));
                if (!linked.type().label().isEmpty()) {
                    html.append(" <small>(").append(esc(linked.type().label())).append(")</small>");
                }
                html.append("</dd>\n");
            }
        }
        html.append("</dl>\n");
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
