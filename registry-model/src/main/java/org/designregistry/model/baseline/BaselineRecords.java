package org.designregistry.model.baseline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/** Reads baseline records from the registry graph; call inside a read transaction. */
final class BaselineRecords {

    private BaselineRecords() {}

    /** Returns every frozen baseline, oldest change first, then by name. */
    static List<Baseline> all(Graph data) {
        List<Baseline> all = new ArrayList<>();
        data.find(Node.ANY, BaselineTerms.FROZEN_AT, Node.ANY)
                .forEachRemaining(t -> read(data, t.getSubject()).ifPresent(all::add));
        all.sort(Comparator.comparingLong(Baseline::change).thenComparing(Baseline::name));
        return all;
    }

    /** Returns the frozen baseline whose identifier is {@code identifier}, if there is one. */
    static Optional<Baseline> named(Graph data, String identifier) {
        return all(data).stream().filter(b -> b.name().equals(identifier)).findFirst();
    }

    /** Returns the baseline a resource records, if it is a frozen baseline. */
    static Optional<Baseline> read(Graph data, Node node) {
        Optional<Node> change = object(data, node, BaselineTerms.FROZEN_AT);
        if (!node.isURI() || change.isEmpty() || !change.get().isLiteral()) {
            return Optional.empty();
        }
        String name = text(data, node, BaselineTerms.IDENTIFIER).orElse("");
        return Optional.of(
                new Baseline(
                        name,
                        node.getURI(),
                        text(data, node, BaselineTerms.LABEL).orElse(name),
                        text(data, node, BaselineTerms.DESCRIPTION),
                        Long.parseLong(change.get().getLiteralLexicalForm()),
                        text(data, node, BaselineTerms.CREATED)
                                .map(Instant::parse)
                                .orElse(Instant.EPOCH),
                        text(data, node, BaselineTerms.CREATOR).orElse(""),
                        object(data, node, BaselineTerms.APPROVED_BY)
                                .filter(Node::isURI)
                                .map(Node::getURI)));
    }

    private static Optional<Node> object(Graph data, Node subject, Node predicate) {
        ExtendedIterator<Triple> found = data.find(subject, predicate, Node.ANY);
        try {
            return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
        } finally {
            found.close();
        }
    }

    private static Optional<String> text(Graph data, Node subject, Node predicate) {
        return object(data, subject, predicate)
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm);
    }
}
