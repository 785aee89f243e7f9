package org.designregistry.server.sparql;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.Registry;
import org.designregistry.ontology.RegistryOntology;
import org.designregistry.server.web.Problems;
import org.designregistry.server.web.RdfNegotiation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The SPARQL 1.1 Service Description, answered at {@code GET /sparql} without a query: the
 * endpoint, its languages, result formats and default dataset: the registry graph as the default
 * graph, and the ontology and concept schemes as two read-only named graphs ({@link TermGraphs}).
 */
@RestController
class ServiceDescriptionController {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String VOID = "http://rdfs.org/ns/void#";

    private final Registry registry;

    ServiceDescriptionController(Registry registry) {
        this.registry = registry;
    }

    @GetMapping(SparqlFilter.SPARQL_PATH)
    ResponseEntity<?> describe(@RequestHeader(value = "Accept", required = false) String accept) {
        return RdfNegotiation.choose(accept, RdfNegotiation.RDF_TYPES)
                .<ResponseEntity<?>>map(type -> RdfNegotiation.reply(description(), type))
                .orElseGet(
                        () ->
                                ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                                        .body(
                                                Problems.of(
                                                        HttpStatus.NOT_ACCEPTABLE,
                                                        "The service description is RDF: accept"
                                                                + " text/turtle,"
                                                                + " application/ld+json,"
                                                                + " application/n-triples or"
                                                                + " application/rdf+xml")));
    }

    private Graph description() {
        Graph g = GraphMemFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("format", FORMATS);
        g.getPrefixMapping().setNsPrefix("void", VOID);
        Node service = NodeFactory.createBlankNode();
        String endpoint =
                ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .replaceQuery(null)
                        .toUriString();
        g.add(service, RDF.type.asNode(), sd("Service"));
        g.add(service, sd("endpoint"), NodeFactory.createURI(endpoint));
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Update"));
        for (String format :
                new String[] {
                    "SPARQL_Results_JSON",
                    "SPARQL_Results_XML",
                    "SPARQL_Results_CSV",
                    "SPARQL_Results_TSV",
                    "Turtle",
                    "N-Triples",
                    "JSON-LD",
                    "RDF_XML"
                }) {
            g.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + format));
        }
        Node dataset = NodeFactory.createBlankNode();
        Node graph = NodeFactory.createBlankNode();
        g.add(service, sd("defaultDataset"), dataset);
        g.add(dataset, RDF.type.asNode(), sd("Dataset"));
        g.add(dataset, sd("defaultGraph"), graph);
        g.add(graph, RDF.type.asNode(), sd("Graph"));
        g.add(
                graph,
                NodeFactory.createURI(VOID + "triples"),
                NodeFactory.createLiteralDT(
                        Long.toString(registry.size()), XSDDatatype.XSDinteger));
        g.add(
                graph,
                RDFS.comment.asNode(),
                NodeFactory.createLiteralString(
                        "The registry graph: the registry's data, without its terms."));
        for (String name : TermGraphs.names()) {
            Node named = NodeFactory.createBlankNode();
            Node terms = NodeFactory.createBlankNode();
            g.add(dataset, sd("namedGraph"), named);
            g.add(named, RDF.type.asNode(), sd("NamedGraph"));
            g.add(named, sd("name"), NodeFactory.createURI(name));
            g.add(named, sd("graph"), terms);
            g.add(terms, RDF.type.asNode(), sd("Graph"));
            g.add(
                    terms,
                    RDFS.comment.asNode(),
                    NodeFactory.createLiteralString(
                            name.equals(RegistryOntology.ONTOLOGY_GRAPH)
                                    ? "The registry's ontology (classes and relations), read-only:"
                                            + " query it with GRAPH <"
                                            + name
                                            + ">."
                                    : "The registry's SKOS concept schemes (statuses, artefact"
                                            + " types, phases, decision outcomes and levels),"
                                            + " read-only: query it with GRAPH <"
                                            + name
                                            + ">."));
        }
        return g;
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }
}
