package org.designregistry.model.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Reads change records from the history graph of a store; call inside a transaction. Numbers are
 * found through the {@code dcterms:identifier} of each record, a resource's changes through its
 * {@code prov:used} links (one index lookup).
 */
final class HistoryReader {

    private final DatasetGraph store;

    HistoryReader(DatasetGraph store) {
        this.store = store;
    }

    /** Returns the store this reader reads. */
    DatasetGraph store() {
        return store;
    }

    /** Returns true when the snapshot holds the record of change {@code number}. */
    boolean exists(long number) {
        return store.contains(
                HistoryTerms.GRAPH,
                HistoryTerms.change(number),
                HistoryTerms.TYPE,
                HistoryTerms.ACTIVITY);
    }

    /** Returns the highest change number recorded, or 0 when there is none. */
    static long highestNumber(DatasetGraph store) {
        return new HistoryReader(store).numbers().stream().findFirst().orElse(0L);
    }

    /** Returns every recorded change number, newest first. */
    List<Long> numbers() {
        List<Long> numbers = new ArrayList<>();
        store.find(HistoryTerms.GRAPH, Node.ANY, HistoryTerms.NUMBER, Node.ANY)
                .forEachRemaining(q -> number(q.getObject()).ifPresent(numbers::add));
        numbers.sort(Comparator.reverseOrder());
        return numbers;
    }

    /** Returns the numbers of the changes that touched a resource, newest first. */
    List<Long> numbersTouching(Node resource) {
        List<Long> numbers = new ArrayList<>();
        store.find(HistoryTerms.GRAPH, Node.ANY, HistoryTerms.USED, resource)
                .forEachRemaining(q -> numberOf(q.getSubject()).ifPresent(numbers::add));
        numbers.sort(Comparator.reverseOrder());
        return numbers;
    }

    /** Returns the record of change {@code number}, if there is one. */
    Optional<ChangeRecord> record(long number) {
        Node change = HistoryTerms.change(number);
        Optional<Node> time = object(change, HistoryTerms.ENDED_AT);
        if (time.isEmpty()) {
            return Optional.empty();
        }
        String principal =
                object(change, HistoryTerms.ASSOCIATED_WITH)
                        .flatMap(agent -> object(agent, HistoryTerms.NAME))
                        .map(Node::getLiteralLexicalForm)
                        .orElse("");
        List<String> touched = new ArrayList<>();
        store.find(HistoryTerms.GRAPH, change, HistoryTerms.USED, Node.ANY)
                .forEachRemaining(q -> touched.add(q.getObject().getURI()));
        touched.sort(Comparator.naturalOrder());
        return Optional.of(
                new ChangeRecord(
                        number,
                        Instant.parse(time.get().getLiteralLexicalForm()),
                        principal,
                        text(change, HistoryTerms.ROUTE).orElse(""),
                        text(change, HistoryTerms.MESSAGE),
                        text(change, HistoryTerms.CHANGE_REQUEST),
                        touched));
    }

    /** Returns the patch of change {@code number}, if there is one. */
    Optional<ChangePatch> patch(long number) {
        return text(HistoryTerms.change(number), HistoryTerms.PATCH).map(ChangePatch::parse);
    }

    /** Returns the number of the last change made at or before {@code time}, or 0. */
    long numberAt(Instant time) {
        for (long number : numbers()) {
            Optional<ChangeRecord> record = record(number);
            if (record.isPresent() && !record.get().time().isAfter(time)) {
                return number;
            }
        }
        return 0;
    }

    private Optional<Node> object(Node subject, Node predicate) {
        Iterator<Quad> found = store.find(HistoryTerms.GRAPH, subject, predicate, Node.ANY);
        try {
            return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
        } finally {
            Iter.close(found);
        }
    }

    private Optional<String> text(Node subject, Node predicate) {
        return object(subject, predicate).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private Optional<Long> numberOf(Node change) {
        return object(change, HistoryTerms.NUMBER).flatMap(HistoryReader::number);
    }

    private static Optional<Long> number(Node literal) {
        if (!literal.isLiteral()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(literal.getLiteralLexicalForm()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
