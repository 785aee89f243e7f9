package org.designregistry.model.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/** Writes one change record, as a PROV-O activity, to the history graph of a store. */
final class RecordWriter {

    private RecordWriter() {}

    /** Adds the record's quads; call inside the write transaction that made the change. */
    static void write(
            DatasetGraph store,
            long number,
            ChangeContext context,
            ChangePatch patch,
            Set<Node> alsoTouched) {
        Node change = HistoryTerms.change(number);
        Node agent = HistoryTerms.agent(context.principal());
        add(store, change, HistoryTerms.TYPE, HistoryTerms.ACTIVITY);
        add(
                store,
                change,
                HistoryTerms.NUMBER,
                NodeFactory.createLiteralDT(Long.toString(number), XSDDatatype.XSDlong));
        add(store, change, HistoryTerms.ENDED_AT, dateTime(Instant.now()));
        add(store, change, HistoryTerms.ASSOCIATED_WITH, agent);
        add(store, agent, HistoryTerms.TYPE, HistoryTerms.AGENT);
        add(store, agent, HistoryTerms.NAME, NodeFactory.createLiteralString(context.principal()));
        add(store, change, HistoryTerms.ROUTE, NodeFactory.createLiteralString(context.route()));
        context.message().ifPresent(m -> add(store, change, HistoryTerms.MESSAGE, literal(m)));
        context.changeRequest()
                .ifPresent(c -> add(store, change, HistoryTerms.CHANGE_REQUEST, literal(c)));
        Set<Node> touched = touched(patch);
        touched.addAll(alsoTouched);
        for (Node resource : touched) {
            add(store, change, HistoryTerms.USED, resource);
        }
        add(
                store,
                change,
                HistoryTerms.PATCH,
                NodeFactory.createLiteralDT(patch.toText(), HistoryTerms.PATCH_TYPE));
    }

    /**
     * Returns the resources a patch touched: the IRI subjects of its triples, and their IRI objects
     * (a link changes the description of both ends), in first-seen order.
     */
    static Set<Node> touched(ChangePatch patch) {
        Set<Node> touched = new LinkedHashSet<>();
        for (List<Triple> triples : List.of(patch.removed(), patch.added())) {
            for (Triple t : triples) {
                if (t.getSubject().isURI()) {
                    touched.add(t.getSubject());
                }
                if (t.getObject().isURI() && !t.getPredicate().equals(HistoryTerms.TYPE)) {
                    touched.add(t.getObject());
                }
            }
        }
        return touched;
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(
                instant.truncatedTo(ChronoUnit.MILLIS).toString(), XSDDatatype.XSDdateTime);
    }

    private static void add(DatasetGraph store, Node s, Node p, Node o) {
        store.add(HistoryTerms.GRAPH, s, p, o);
    }
}
