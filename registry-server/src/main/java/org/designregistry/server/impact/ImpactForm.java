package org.designregistry.server.impact;

import java.util.List;

/**
 * The impact page's form as submitted: text as typed, so that it can be shown back.
 *
 * @param from the reference or IRI to start from, or empty
 * @param q search text whose best hits are starts too, or empty
 * @param direction downstream, upstream or both
 * @param depth the depth limit as typed, blank for none
 * @param relations the IRIs of the relations to follow; empty for every one
 */
public record ImpactForm(
        String from, String q, String direction, String depth, List<String> relations) {

    /** Replaces missing values with their defaults. */
    public ImpactForm {
        from = from == null ? "" : from.strip();
        q = q == null ? "" : q.strip();
        direction = direction == null || direction.isBlank() ? "downstream" : direction.strip();
        depth = depth == null ? "" : depth.strip();
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    /**
     * Returns true when the form names a start or search text, so there is something to analyse.
     */
    public boolean hasStart() {
        return !from.isEmpty() || !q.isEmpty();
    }

    /** Returns true when this relation is ticked. */
    public boolean follows(String relationIri) {
        return relations.contains(relationIri);
    }

    /**
     * Returns the request the form makes.
     *
     * @throws IllegalArgumentException if the depth is not a whole number
     */
    public ImpactRequest toRequest() {
        Integer limit = null;
        if (!depth.isEmpty()) {
            try {
                limit = Integer.valueOf(depth);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "The depth must be a whole number, not '" + depth + "'");
            }
        }
        return new ImpactRequest(
                from.isEmpty() ? List.of() : List.of(from),
                q.isEmpty() ? null : q,
                null,
                direction,
                limit,
                relations,
                null,
                false,
                null);
    }
}
