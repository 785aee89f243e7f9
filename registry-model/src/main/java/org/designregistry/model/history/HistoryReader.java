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
        return entry(number).map(Entry::record);
    }

    /**
     * Returns the record of change {@code number} with the text of its patch, if there is one, read
     * with one scan of the record's quads (one index range) rather than a lookup per field.
     */
    Optional<Entry> entry(long number) {
        Node change = HistoryTerms.change(number);
        Node time = null;
        Node agent = null;
        String route = null;
        String message = null;
        String changeRequest = null;
        String patch = null;
        List<String> touched = new ArrayList<>();
        Iterator<Quad> quads = store.find(HistoryTerms.GRAPH, change, Node.ANY, Node.ANY);
        try {
            while (quads.hasNext()) {
                Quad q = quads.next();
                Node p = q.getPredicate();
                Node o = q.getObject();
                if (p.equals(HistoryTerms.USED)) {
                    if (o.isURI()) {
                        touched.add(o.getURI());
                    }
                } else if (p.equals(HistoryTerms.ENDED_AT)) {
                    time = o;
                } else if (p.equals(HistoryTerms.ASSOCIATED_WITH)) {
                    agent = o;
                } else if (o.isLiteral()) {
                    String text = o.getLiteralLexicalForm();
                    if (p.equals(HistoryTerms.ROUTE)) {
                        route = text;
                    } else if (p.equals(HistoryTerms.MESSAGE)) {
                        message = text;
                    } else if (p.equals(HistoryTerms.CHANGE_REQUEST)) {
                        changeRequest = text;
                    } else if (p.equals(HistoryTerms.PATCH)) {
                        patch = text;
                    }
                }
            }
        } finally {
            Iter.close(quads);
        }
        if (time == null) {
            return Optional.empty();
        }
        touched.sort(Comparator.naturalOrder());
        ChangeRecord record =
                new ChangeRecord(
                        number,
                        Instant.parse(time.getLiteralLexicalForm()),
                        agent == null ? "" : principal(agent),
                        route == null ? "" : route,
                        Optional.ofNullable(message),
                        Optional.ofNullable(changeRequest),
                        touched);
        return Optional.of(new Entry(record, Optional.ofNullable(patch)));
    }

    /**
     * One change's record and the RDF Patch text of its changes.
     *
     * @param record the record
     * @param patchText the patch as RDF Patch text, empty if the record has none
     */
    record Entry(ChangeRecord record, Optional<String> patchText) {

        /** Returns the patch, parsed; an empty patch if the record has none. */
        ChangePatch patch() {
            return patchText
                    .map(ChangePatch::parse)
                    .orElseGet(() -> new ChangePatch(List.of(), List.of()));
        }
    }

    private String principal(Node agent) {
        // The agent's IRI names the principal (RecordWriter); its foaf:name says the same.
        if (HistoryTerms.isAgent(agent)) {
            return HistoryTerms.principal(agent);
        }
        return object(agent, HistoryTerms.NAME)
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .orElse("");
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
