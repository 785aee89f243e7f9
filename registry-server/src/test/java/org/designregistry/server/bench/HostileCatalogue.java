package org.designregistry.server.bench;

import static org.designregistry.server.bench.HostileRequests.create;
import static org.designregistry.server.bench.HostileRequests.crossSiteUpdate;
import static org.designregistry.server.bench.HostileRequests.get;
import static org.designregistry.server.bench.HostileRequests.graphStore;
import static org.designregistry.server.bench.HostileRequests.query;
import static org.designregistry.server.bench.HostileRequests.together;
import static org.designregistry.server.bench.HostileRequests.update;

import java.util.ArrayList;
import java.util.List;

/**
 * The hostile inputs the server must refuse with a 4xx (or, for queries over budget, 503 with
 * {@code Retry-After}), staying healthy and leaving the store unchanged: over-long terms, queries
 * that would exhaust the heap, reads of local files and other servers, decisions slipped in by an
 * editor, a literal of 9.4 MB, odd paths, and cross-site writes.
 */
final class HostileCatalogue {

    private static final String BASE = "https://registry.mhhs.example/id/";
    private static final String DR = "https://w3id.org/design-registry#";

    private HostileCatalogue() {}

    /** Returns every hostile input, in the order the bench sends them. */
    static List<HostileInput> all() {
        List<HostileInput> inputs = new ArrayList<>();
        inputs.add(
                refused(
                        "SPARQL `INSERT DATA` with a 40,000-character IRI",
                        t ->
                                update(
                                        t,
                                        "INSERT DATA { <"
                                                + BASE
                                                + "artefact/"
                                                + "A".repeat(40_000)
                                                + "> <http://www.w3.org/2000/01/rdf-schema#label>"
                                                + " \"Long IRI\" }")));
        inputs.add(
                refused(
                        "REST create with a 10,000-character `identifier`",
                        t -> create(t, 10_000)));
        inputs.add(
                refused(
                        "REST create with a 40,000-character `identifier`",
                        t -> create(t, 40_000)));
        inputs.add(
                overBudget(
                        "3 at once: `SELECT ?a ?o { ?a ?b ?c . ?s ?p ?o } ORDER BY ?o ?a`",
                        t ->
                                together(
                                        3,
                                        () ->
                                                query(
                                                        t,
                                                        "SELECT ?a ?o { ?a ?b ?c . ?s ?p ?o }"
                                                                + " ORDER BY ?o ?a"))));
        inputs.add(
                overBudget(
                        "`SELECT (GROUP_CONCAT(STR(?o)) AS ?x) { ?a ?b ?c . ?s ?p ?o }`",
                        t ->
                                List.of(
                                        query(
                                                t,
                                                "SELECT (GROUP_CONCAT(STR(?o)) AS ?x)"
                                                        + " { ?a ?b ?c . ?s ?p ?o }"))));
        inputs.add(
                refused(
                        "`LOAD <file:///etc/passwd>`",
                        t -> update(t, "LOAD <file:///etc/passwd>")));
        inputs.add(
                refused(
                        "`LOAD <http://127.0.0.1:PORT/>`",
                        t -> update(t, "LOAD <" + t.outbound().url("/") + ">")));
        inputs.add(
                refused(
                        "`SERVICE <http://127.0.0.1:PORT/>` inside an update",
                        t ->
                                update(
                                        t,
                                        "INSERT { GRAPH <urn:bench:service> { ?s ?p ?o } } WHERE {"
                                                + " SERVICE <"
                                                + t.outbound().url("/sparql")
                                                + "> { ?s ?p ?o } }")));
        inputs.add(
                refused(
                        "`SERVICE <http://127.0.0.1:PORT/>` in a query",
                        t ->
                                List.of(
                                        query(
                                                t,
                                                "SELECT * { SERVICE <"
                                                        + t.outbound().url("/sparql")
                                                        + "> { ?s ?p ?o } }"))));
        inputs.add(
                refused(
                        "JSON-LD to `POST /data?default` whose `@context` is a URL",
                        t ->
                                graphStore(
                                        t,
                                        "POST",
                                        "default",
                                        "application/ld+json",
                                        "{\"@context\": \""
                                                + t.outbound().url("/context.jsonld")
                                                + "\", \"@id\": \"urn:bench:jsonld\","
                                                + " \"name\": \"fetched context\"}")));
        inputs.add(
                refused(
                        "JSON-LD to `PUT /data?graph=` whose `@context` lists a URL",
                        t ->
                                graphStore(
                                        t,
                                        "PUT",
                                        "graph=urn:bench:jsonld",
                                        "application/ld+json",
                                        "{\"@context\": [\""
                                                + t.outbound().url("/context.jsonld")
                                                + "\", {\"n\": \"urn:bench:n\"}],"
                                                + " \"@id\": \"urn:bench:jsonld\", \"n\": \"x\"}")));
        inputs.add(
                refused(
                        "editor's SPARQL update: a `dr:Decision` that `dr:approves` DES138, in a"
                                + " named graph",
                        t ->
                                update(
                                        t,
                                        "INSERT DATA { GRAPH <urn:bench:decisions-1> {"
                                                + decision(1)
                                                + "} }")));
        inputs.add(
                refused(
                        "editor's graph store `POST /data?graph=`: a `dr:Decision` that"
                                + " `dr:approves` DES138",
                        t ->
                                graphStore(
                                        t,
                                        "POST",
                                        "graph=urn:bench:decisions-2",
                                        "application/n-triples",
                                        decision(2))));
        inputs.add(
                refused(
                        "SPARQL `INSERT DATA` of a 9.4 MB literal",
                        t ->
                                update(
                                        t,
                                        "INSERT DATA { <urn:bench:big>"
                                                + " <http://purl.org/dc/terms/description> \""
                                                + "x".repeat(9_400_000)
                                                + "\" }")));
        inputs.add(refused("`GET /error`", t -> List.of(get(t, "/error"))));
        inputs.add(refused("`GET //sparql`", t -> List.of(get(t, "//sparql"))));
        inputs.add(refused("`GET /x;y`", t -> List.of(get(t, "/x;y"))));
        inputs.add(
                refused(
                        "cross-origin form POST of an update with the editor's session cookie, no"
                                + " CSRF token",
                        HostileRequests::crossSiteWithSession));
        inputs.add(
                refused(
                        "cross-origin form POST of an update with the editor's HTTP Basic"
                                + " credentials, as a browser resends them (beyond the issue's list)",
                        t ->
                                List.of(
                                        t.http()
                                                .send(
                                                        crossSiteUpdate(t)
                                                                .header(
                                                                        "Authorization",
                                                                        t.server()
                                                                                .users()
                                                                                .editorBasic())))));
        return inputs;
    }

    private static HostileInput refused(String name, HostileInput.Attack attack) {
        return new HostileInput(name, false, attack);
    }

    private static HostileInput overBudget(String name, HostileInput.Attack attack) {
        return new HostileInput(name, true, attack);
    }

    /** Returns N-Triples of a new decision that approves DES138; each input has its own. */
    private static String decision(int n) {
        String decision = "<" + BASE + "decision/RB-HOSTILE-" + n + ">";
        return decision
                + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <"
                + DR
                + "Decision> .\n"
                + decision
                + " <"
                + DR
                + "approves> <"
                + BASE
                + "artefact/DES138> .\n";
    }
}
