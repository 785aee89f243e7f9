package org.designregistry.server.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code /api/changes.atom}: a valid Atom 1.0 feed of the changes with the filters of {@code
 * /api/changes}, checked by parsing it and looking for the elements RFC 4287 requires.
 */
class ChangeFeedIntegrationTest extends ServerTestSupport {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void servesTheChangesAsAValidAtomFeedNewestFirst() throws Exception {
        long first = comment("Feed one <&>", "Why & how");
        long second = comment("Feed two", null);

        HttpResponse<String> reply = get("/api/changes.atom?user=token:tool&size=2", "*/*");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/atom+xml");
        Element feed = parse(reply.body());
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertValidFeed(feed);
        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSize(2);
        assertThat(text(entries.get(0), "id")).isEqualTo("urn:x-design-registry:change:" + second);
        assertThat(text(entries.get(1), "id")).isEqualTo("urn:x-design-registry:change:" + first);
        assertThat(text(entries.get(1), "title")).contains("token:tool").contains("DES138");
        assertThat(text(entries.get(1), "content"))
                .contains("Why & how")
                .contains("added: DES138")
                .contains("Feed one <&>");
        assertThat(text(children(entries.get(0), "author").get(0), "name")).isEqualTo("token:tool");
        assertThat(text(feed, "updated")).isEqualTo(text(entries.get(0), "updated"));
        uncomment("Feed one <&>");
        uncomment("Feed two");
    }

    @Test
    void filtersTheFeedLikeTheApi() throws Exception {
        long n = comment("Filtered", null);

        Element byResource = parse(get("/api/changes.atom?resource=DES138&size=1", "*/*").body());
        Element byRoute = parse(get("/api/changes.atom?route=no-such-route", "*/*").body());
        Element since = parse(get("/api/changes.atom?since=" + (n + 1), "*/*").body());

        assertThat(text(children(byResource, "entry").get(0), "id")).endsWith(":" + n);
        assertThat(children(byRoute, "entry")).isEmpty();
        assertValidFeed(byRoute);
        assertThat(children(since, "entry")).isEmpty();
        uncomment("Filtered");
    }

    @Test
    void answersABadFilterWithAProblem() {
        HttpResponse<String> reply = get("/api/changes.atom?until=tomorrow", "*/*");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("change number");
    }

    /** The elements RFC 4287 requires of a feed and of each entry. */
    private static void assertValidFeed(Element feed) {
        for (String required : List.of("id", "title", "updated")) {
            assertThat(children(feed, required)).as("feed/" + required).hasSize(1);
        }
        Instant.parse(text(feed, "updated"));
        assertThat(children(feed, "author")).as("feed/author").isNotEmpty();
        for (Element entry : children(feed, "entry")) {
            for (String required : List.of("id", "title", "updated")) {
                assertThat(children(entry, required)).as("entry/" + required).hasSize(1);
            }
            Instant.parse(text(entry, "updated"));
            assertThat(java.net.URI.create(text(entry, "id")).isAbsolute()).isTrue();
            assertThat(text(children(entry, "author").get(0), "name")).isNotBlank();
            boolean alternate =
                    children(entry, "link").stream()
                            .anyMatch(l -> l.getAttribute("rel").equals("alternate"));
            assertThat(alternate || !children(entry, "content").isEmpty()).isTrue();
        }
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document =
                factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && ATOM.equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    private long comment(String text, String message) {
        var request =
                request("/sparql")
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/sparql-update");
        if (message != null) {
            request.header("X-Change-Message", message);
        }
        HttpResponse<String> reply = send(request.POST(body(update("INSERT", text))));
        assertThat(reply.statusCode()).isEqualTo(204);
        return registry.history().latest();
    }

    private void uncomment(String text) {
        HttpResponse<String> reply =
                send(
                        request("/sparql")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "application/sparql-update")
                                .POST(body(update("DELETE", text))));
        assertThat(reply.statusCode()).isEqualTo(204);
    }

    private static String update(String operation, String text) {
        return "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + operation
                + " DATA { <"
                + BASE
                + "artefact/DES138> rdfs:comment \""
                + text.replace("\"", "\\\"")
                + "\" }";
    }
}
