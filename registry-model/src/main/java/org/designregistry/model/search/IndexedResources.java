package org.designregistry.model.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.designregistry.model.Commit;
import org.designregistry.ontology.DR;

/** Which resources have documents: all of them for a rebuild, those a commit touched for it. */
final class IndexedResources {

    private IndexedResources() {}

    /** Returns the IRIs that are subjects in the data graph: the resources to index. */
    static Set<Node> all(Graph data) {
        Set<Node> subjects = new LinkedHashSet<>();
        data.find()
                .forEach(
                        t -> {
                            if (t.getSubject().isURI()) {
                                subjects.add(t.getSubject());
                            }
                        });
        return subjects;
    }

    /**
     * Returns the resources whose documents a commit may change: those it touched and, when it
     * changed the label or identifier of a resource, the resources that resource owns (their
     * documents hold a workstream's label and key).
     */
    static Set<Node> affected(Graph data, Commit commit) {
        Set<Node> affected = new LinkedHashSet<>();
        for (Node r : commit.touchedResources()) {
            if (r.isURI()) {
                affected.add(r);
            }
        }
        Set<Node> renamed = new LinkedHashSet<>();
        for (List<Triple> triples : List.of(commit.added(), commit.removed())) {
            for (Triple t : triples) {
                Node p = t.getPredicate();
                if (ResourceDocuments.LABELS.contains(p)
                        || p.equals(ResourceDocuments.IDENTIFIER)) {
                    renamed.add(t.getSubject());
                }
            }
        }
        for (Node owner : renamed) {
            data.find(Node.ANY, DR.ownedBy.asNode(), owner)
                    .forEach(t -> affected.add(t.getSubject()));
            data.find(owner, DR.ownerOf.asNode(), Node.ANY)
                    .filterKeep(t -> t.getObject().isURI())
                    .forEach(t -> affected.add(t.getObject()));
        }
        return affected;
    }
}
