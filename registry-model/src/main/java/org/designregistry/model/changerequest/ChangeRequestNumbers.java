package org.designregistry.model.changerequest;

import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.designregistry.model.RegistryException;
import org.designregistry.model.history.ChangeQuery;

/**
 * Numbers new change requests so that no number is ever given twice, even after a delete: the next
 * number is above the highest a change request of the registry has now, and above every number
 * whose IRI ({@code <baseIri>change-request/CRnnn}) the change history records a change to, so a
 * deleted change request's number stays spent. Writers that raise at the same moment may pick the
 * same number; the write finds it {@linkplain #taken taken} and the raise picks again.
 *
 * <p>Why the history rather than a counter: the history already records every write, with the
 * resources it touched, in an index held in memory, so a probe costs a map look-up; a counter would
 * be one more statement in the registry graph, seen by {@code /sparql}, exports and baselines.
 */
final class ChangeRequestNumbers {

    /** The highest number the identifier pattern (CR and three digits) allows. */
    static final int MAX = 999;

    private final ChangeRequestStore store;
    private final String baseIri;

    ChangeRequestNumbers(ChangeRequestStore store, String baseIri) {
        this.store = store;
        this.baseIri = baseIri;
    }

    /** Returns the IRI of the change request with this identifier. */
    Node iri(String identifier) {
        return NodeFactory.createURI(baseIri + "change-request/" + identifier);
    }

    /**
     * Returns the next identifier no change request has, or had.
     *
     * @throws RegistryException when CR001 to CR999 are all spent
     */
    String next() {
        int n =
                store.read(
                                records ->
                                        records.identifiers().stream()
                                                .filter(
                                                        i ->
                                                                ChangeRequestTerms
                                                                        .IDENTIFIER_PATTERN
                                                                        .matcher(i)
                                                                        .matches())
                                                .mapToInt(i -> Integer.parseInt(i.substring(2)))
                                                .max()
                                                .orElse(0))
                        + 1;
        while (n <= MAX && changedEver(identifier(n))) {
            n++;
        }
        if (n > MAX) {
            throw new RegistryException(
                    "Every change request identifier CR001 to CR999 is spent (the shape allows"
                            + " CR and three digits, and a deleted change request's number is not"
                            + " given again)");
        }
        return identifier(n);
    }

    /** Returns whether a change request with this identifier (or IRI) is in the data now. */
    boolean taken(Graph data, String identifier) {
        return data.contains(iri(identifier), Node.ANY, Node.ANY)
                || ChangeRequestRecords.taken(data, identifier);
    }

    private boolean changedEver(String identifier) {
        return store.history()
                        .list(
                                ChangeQuery.all()
                                        .withResource(iri(identifier).getURI())
                                        .withPage(0, 1))
                        .total()
                > 0;
    }

    private static String identifier(int n) {
        return String.format(Locale.ROOT, "CR%03d", n);
    }
}
