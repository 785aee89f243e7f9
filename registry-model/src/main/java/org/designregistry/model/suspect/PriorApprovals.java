package org.designregistry.model.suspect;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.designregistry.model.history.ChangePatch;

/**
 * Which resources a decision approved before a write: an approval in the data now that the write
 * did not add, or one the write removed.
 *
 * <p><b>Cost.</b> A write that changes few resources asks two index lookups per resource. One that
 * changes many (a load, a register import) would ask hundreds of thousands, so it first reads the
 * approvals once, within a budget of a few per changed resource, and falls back to the lookups when
 * there are more approvals than that: the cost is the smaller of the two.
 */
final class PriorApprovals {

    /** Below this many changed resources the lookups are always the cheaper way. */
    static final int READ_ALL_FROM = 64;

    /** How many approvals reading them all may visit per changed resource. */
    static final int BUDGET_PER_RESOURCE = 4;

    private final Graph data;
    private final Set<Triple> added;
    private final Set<Node> unapproved;
    private final Set<Node> approvedNow;

    private PriorApprovals(
            Graph data, Set<Triple> added, Set<Node> unapproved, Set<Node> approvedNow) {
        this.data = data;
        this.added = added;
        this.unapproved = unapproved;
        this.approvedNow = approvedNow;
    }

    /**
     * Returns the approvals before the write of {@code patch}, whose added triples are {@code
     * added}, about to be asked for {@code resources} changed resources.
     */
    static PriorApprovals of(Graph data, ChangePatch patch, Set<Triple> added, int resources) {
        Set<Node> unapproved = new HashSet<>();
        for (Triple t : patch.removed()) {
            if (t.getPredicate().equals(SuspectTerms.APPROVES)) {
                unapproved.add(t.getObject());
            } else if (t.getPredicate().equals(SuspectTerms.APPROVED_BY)) {
                unapproved.add(t.getSubject());
            }
        }
        Set<Node> approvedNow =
                resources < READ_ALL_FROM
                        ? null
                        : readAll(data, added, (long) resources * BUDGET_PER_RESOURCE);
        return new PriorApprovals(data, added, unapproved, approvedNow);
    }

    /** Returns true when a decision approved {@code resource} before the write. */
    boolean approved(Node resource) {
        if (unapproved.contains(resource)) {
            return true;
        }
        if (approvedNow != null) {
            return approvedNow.contains(resource);
        }
        return data.find(Node.ANY, SuspectTerms.APPROVES, resource)
                        .filterDrop(added::contains)
                        .hasNext()
                || data.find(resource, SuspectTerms.APPROVED_BY, Node.ANY)
                        .filterDrop(added::contains)
                        .hasNext();
    }

    /**
     * Returns every resource approved by a statement the write did not add, or null when there are
     * more than {@code budget} approval statements.
     */
    private static Set<Node> readAll(Graph data, Set<Triple> added, long budget) {
        Set<Node> approved = new HashSet<>();
        long visited = 0;
        for (Node predicate : List.of(SuspectTerms.APPROVES, SuspectTerms.APPROVED_BY)) {
            boolean approves = predicate.equals(SuspectTerms.APPROVES);
            ExtendedIterator<Triple> found = data.find(Node.ANY, predicate, Node.ANY);
            try {
                while (found.hasNext()) {
                    if (++visited > budget) {
                        return null;
                    }
                    Triple t = found.next();
                    if (!added.contains(t)) {
                        approved.add(approves ? t.getObject() : t.getSubject());
                    }
                }
            } finally {
                found.close();
            }
        }
        return approved;
    }
}
