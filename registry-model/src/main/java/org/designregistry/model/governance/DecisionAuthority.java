package org.designregistry.model.governance;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.designregistry.ontology.DR;

/**
 * Who may decide a recommendation, and at which level: the body it was submitted to, at its own
 * level or a lower one (a larger number); or a body it was delegated to, up to the level of the
 * body that delegated it. The seed's levels: Level 1 Ofgem, Level 2 the PSG, Level 3 the DAG (and
 * Level 2 when the PSG delegates), Level 4 the working groups (when the DAG delegates).
 */
final class DecisionAuthority {

    private DecisionAuthority() {}

    /**
     * Checks that {@code body} may decide {@code rec} at {@code level}; returns the body on whose
     * behalf it decides, when only a delegation lets it decide at that level.
     *
     * @throws DecisionAuthorityException naming the body that must decide, when it may not
     */
    static Optional<Node> check(GovernanceReader read, Node rec, Node body, int level) {
        Node submittedTo = read.first(rec, DR.submittedTo, DR.reviews).orElseThrow();
        List<Node> delegators = delegators(read, rec, body);
        boolean own = submittedTo.equals(body);
        if (!own && delegators.isEmpty()) {
            throw new DecisionAuthorityException(
                    read.identifier(rec)
                            + " was submitted to the "
                            + read.label(submittedTo)
                            + ", and not delegated to the "
                            + read.label(body)
                            + ": the "
                            + read.label(submittedTo)
                            + " must decide it, or delegate it first",
                    read.label(submittedTo));
        }
        int bodyLevel = read.level(body);
        if (bodyLevel <= level) {
            return Optional.empty();
        }
        Optional<Node> principal =
                delegators.stream()
                        .filter(d -> read.level(d) > 0 && read.level(d) <= level)
                        .findFirst();
        if (principal.isPresent()) {
            return principal;
        }
        Optional<Node> above = read.bodyAtLevel(body, level);
        String mustDecide =
                above.map(n -> "the " + read.label(n)).orElse("a Level " + level + " body");
        throw new DecisionAuthorityException(
                "A Level "
                        + level
                        + " decision is above the level of the "
                        + read.label(body)
                        + " (Level "
                        + bodyLevel
                        + "): "
                        + mustDecide
                        + " must decide it, unless it delegates the decision to the "
                        + read.label(body),
                mustDecide);
    }

    /** Returns the bodies that delegated {@code rec} to {@code body}. */
    static List<Node> delegators(GovernanceReader read, Node rec, Node body) {
        return read.linked(rec, DR.delegatedIn, DR.delegates).stream()
                .filter(
                        d ->
                                read.first(d, DR.delegatedTo, DR.delegateOf)
                                        .filter(body::equals)
                                        .isPresent())
                .flatMap(d -> read.first(d, DR.delegatedBy, DR.delegator).stream())
                .toList();
    }
}
