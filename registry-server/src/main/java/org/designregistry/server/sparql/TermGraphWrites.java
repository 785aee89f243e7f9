package org.designregistry.server.sparql;

import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Refuses writes aimed at the term graphs ({@link TermGraphs}): the ontology and the concept
 * schemes come with the application, so an update or a graph store write naming one of their graphs
 * is refused with 403 before it runs, rather than answered as if it had done something.
 */
final class TermGraphWrites {

    private TermGraphWrites() {}

    /**
     * Returns why a graph store write to this graph is refused, or empty when it is no term graph.
     */
    static Optional<String> refusal(String graph) {
        if (graph == null || !TermGraphs.names().contains(graph)) {
            return Optional.empty();
        }
        return Optional.of(message(graph));
    }

    /** Returns why an update is refused, or empty when it names no term graph. */
    static Optional<String> refusal(UpdateRequest request) {
        return request.getOperations().stream()
                .flatMap(TermGraphWrites::graphs)
                .filter(Node::isURI)
                .map(Node::getURI)
                .filter(TermGraphs.names()::contains)
                .findFirst()
                .map(TermGraphWrites::message);
    }

    private static String message(String graph) {
        return "The write names the graph <"
                + graph
                + ">, which holds the registry's "
                + (graph.endsWith("ontology") ? "ontology" : "vocabularies")
                + ": the terms come with the application and no write can change them; nothing"
                + " was stored";
    }

    private static Stream<Node> graphs(Update update) {
        if (update instanceof UpdateDropClear drop) {
            return target(drop.getTarget());
        }
        if (update instanceof UpdateCreate create) {
            return Stream.of(create.getGraph());
        }
        if (update instanceof UpdateBinaryOp op) {
            return target(op.getDest());
        }
        if (update instanceof UpdateLoad load) {
            return Stream.ofNullable(load.getDest());
        }
        if (update instanceof UpdateData data) {
            return data.getQuads().stream().map(Quad::getGraph);
        }
        if (update instanceof UpdateDeleteWhere where) {
            return where.getQuads().stream().map(Quad::getGraph);
        }
        if (update instanceof UpdateModify modify) {
            return Stream.concat(
                    Stream.ofNullable(modify.getWithIRI()),
                    Stream.concat(
                                    modify.getInsertQuads().stream(),
                                    modify.getDeleteQuads().stream())
                            .map(Quad::getGraph));
        }
        return Stream.empty();
    }

    private static Stream<Node> target(Target target) {
        return target != null && target.isOneNamedGraph()
                ? Stream.of(target.getGraph())
                : Stream.empty();
    }
}
