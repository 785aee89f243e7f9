package org.designregistry.model.history;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.ontology.DR;

/** The names of the history graph, its change records and agents, and the terms they use. */
final class HistoryTerms {

    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String GRAPH_IRI = "urn:x-design-registry:changes";
    static final Node GRAPH = NodeFactory.createURI(GRAPH_IRI);

    static final Node TYPE = RDF.type.asNode();
    static final Node ACTIVITY = NodeFactory.createURI(PROV + "Activity");
    static final Node AGENT = NodeFactory.createURI(PROV + "Agent");
    static final Node ASSOCIATED_WITH = NodeFactory.createURI(PROV + "wasAssociatedWith");
    static final Node ENDED_AT = NodeFactory.createURI(PROV + "endedAtTime");
    static final Node USED = NodeFactory.createURI(PROV + "used");
    static final Node NUMBER = DCTerms.identifier.asNode();
    static final Node MESSAGE = RDFS.comment.asNode();
    static final Node NAME = FOAF.name.asNode();
    static final Node ROUTE = DR.route.asNode();
    static final Node CHANGE_REQUEST = DR.changeRequestId.asNode();
    static final Node PATCH = DR.patch.asNode();
    static final RDFDatatype PATCH_TYPE = new BaseDatatype(DR.RDFPatch.getURI());

    private static final String CHANGE_PREFIX = "urn:x-design-registry:change:";
    private static final String AGENT_PREFIX = "urn:x-design-registry:agent:";

    private HistoryTerms() {}

    /** Returns the IRI of change {@code number}. */
    static Node change(long number) {
        return NodeFactory.createURI(CHANGE_PREFIX + number);
    }

    /** Returns the number a change IRI names, or empty if it names no change. */
    static Optional<Long> number(Node change) {
        if (!change.isURI() || !change.getURI().startsWith(CHANGE_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(change.getURI().substring(CHANGE_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Returns the IRI of the agent a principal names. */
    static Node agent(String principal) {
        return NodeFactory.createURI(
                AGENT_PREFIX + URLEncoder.encode(principal, StandardCharsets.UTF_8));
    }

    /** Returns true when a node is an agent IRI this registry made. */
    static boolean isAgent(Node node) {
        return node.isURI() && node.getURI().startsWith(AGENT_PREFIX);
    }

    /** Returns the principal an agent IRI names. */
    static String principal(Node agent) {
        return URLDecoder.decode(
                agent.getURI().substring(AGENT_PREFIX.length()), StandardCharsets.UTF_8);
    }
}
