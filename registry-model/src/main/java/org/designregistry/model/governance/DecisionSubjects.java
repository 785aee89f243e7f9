package org.designregistry.model.governance;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What a decision checks its recommendation's subjects against, read in one transaction: the
 * subjects, the change the recommendation was submitted at, the latest change, and each subject's
 * statements as they were then.
 *
 * @param recommendation the recommendation's identifier
 * @param nodes the subjects
 * @param names each subject's identifier
 * @param atChange the change the recommendation was submitted at (0 when not recorded)
 * @param latest the latest change when they were read
 * @param statements each subject's statements but its status, when they were read
 * @param changeRequest the identifier of the change request among the subjects, if any
 */
record DecisionSubjects(
        String recommendation,
        List<Node> nodes,
        Map<Node, String> names,
        long atChange,
        long latest,
        Map<Node, Set<Triple>> statements,
        Optional<String> changeRequest) {

    /** Returns the subjects' identifiers, comma-separated. */
    String names(Collection<Node> subjects) {
        return subjects.stream().map(names::get).collect(Collectors.joining(", "));
    }

    /**
     * Returns the refusal of a decision whose subjects changed, naming each with the changes that
     * changed it.
     */
    SubjectsChangedException changed(Map<Node, List<Long>> changed) {
        String each =
                changed.entrySet().stream()
                        .map(
                                e ->
                                        names.get(e.getKey())
                                                + " (change"
                                                + (e.getValue().size() == 1 ? " " : "s ")
                                                + e.getValue().stream()
                                                        .map(String::valueOf)
                                                        .collect(Collectors.joining(", "))
                                                + ")")
                        .collect(Collectors.joining(", "));
        return new SubjectsChangedException(
                "Subjects of "
                        + recommendation
                        + " changed after it was submitted at change "
                        + atChange
                        + ": "
                        + each
                        + ". Review what changed, then record the decision acknowledging the"
                        + " changes (acknowledgeChanges), or recommend the subjects anew",
                changed.keySet().stream().map(names::get).toList());
    }
}
