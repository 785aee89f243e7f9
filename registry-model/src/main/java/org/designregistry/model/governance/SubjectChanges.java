package org.designregistry.model.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangePage;
import org.designregistry.model.history.ChangeQuery;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.ontology.DR;

/**
 * Whether a recommendation's subjects changed after it was submitted, from the change history: a
 * recorded change numbered after the recommendation's {@code dr:atChange} that added or removed a
 * statement about a subject (a triple with the subject as its subject) other than its status. The
 * status is left out because the workflow itself sets it (In Review on submission, and the outcomes
 * of other decisions); links other resources make to a subject are left out because they change
 * those resources, not it.
 *
 * <p>A decision checks the history up to the latest change, then writes; a change committed between
 * the two would slip through, so the decision also holds each subject's statements as they were
 * checked ({@link #snapshot}) and its write compares them with the graph it writes ({@link
 * #changedSince}).
 */
final class SubjectChanges {

    private SubjectChanges() {}

    /**
     * Returns, for each subject that changed after change {@code atChange}, the numbers of the
     * changes that changed it, oldest first; subjects in the order given. Empty when {@code
     * atChange} is 0: a recommendation recorded without the change it was submitted at (loaded from
     * a file) cannot be checked. Costs one read of the history index per subject and one patch per
     * change that touched a subject since.
     */
    static Map<Node, List<Long>> after(ChangeHistory history, List<Node> subjects, long atChange) {
        Map<Node, List<Long>> changed = new LinkedHashMap<>();
        if (atChange <= 0) {
            return changed;
        }
        for (Node subject : subjects) {
            List<Long> numbers = new ArrayList<>();
            ChangeQuery query = ChangeQuery.all().withResource(subject.getURI());
            boolean older = false;
            for (int page = 0; !older; page++) {
                ChangePage changes = history.list(query.withPage(page, ChangeQuery.MAX_SIZE));
                for (ChangeRecord record : changes.items()) {
                    if (record.number() <= atChange) {
                        older = true;
                        break;
                    }
                    if (history.patch(record.number())
                            .filter(
                                    p ->
                                            describes(p.added(), subject)
                                                    || describes(p.removed(), subject))
                            .isPresent()) {
                        numbers.add(0, record.number());
                    }
                }
                older |= changes.items().size() < ChangeQuery.MAX_SIZE;
            }
            if (!numbers.isEmpty()) {
                changed.put(subject, numbers);
            }
        }
        return changed;
    }

    /** Returns each subject's statements but its status, as the graph holds them now. */
    static Map<Node, Set<Triple>> snapshot(Graph graph, List<Node> subjects) {
        Map<Node, Set<Triple>> statements = new LinkedHashMap<>();
        for (Node subject : subjects) {
            statements.put(subject, statements(graph, subject));
        }
        return statements;
    }

    /** Returns the subjects whose statements in {@code graph} differ from the snapshot. */
    static List<Node> changedSince(Graph graph, Map<Node, Set<Triple>> snapshot) {
        return snapshot.entrySet().stream()
                .filter(e -> !statements(graph, e.getKey()).equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Set<Triple> statements(Graph graph, Node subject) {
        return graph.stream(subject, Node.ANY, Node.ANY)
                .filter(t -> !t.getPredicate().equals(DR.status.asNode()))
                .collect(Collectors.toSet());
    }

    private static boolean describes(List<Triple> triples, Node subject) {
        return triples.stream()
                .anyMatch(
                        t ->
                                t.getSubject().equals(subject)
                                        && !t.getPredicate().equals(DR.status.asNode()));
    }
}
