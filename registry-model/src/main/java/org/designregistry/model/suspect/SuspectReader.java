package org.designregistry.model.suspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.designregistry.model.RegistryPrefixes;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.model.resource.Term;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.RegistryOntology;

/**
 * Reads suspect-link records, labelled from the registry graph, inside the caller's transaction.
 */
final class SuspectReader {

    private static final Graph TERMS = RegistryOntology.terms().getGraph();

    /** Most recently marked first, then by id, so that pages are stable. */
    static final Comparator<SuspectLink> NEWEST_FIRST =
            Comparator.comparingLong(SuspectLink::latestChange)
                    .reversed()
                    .thenComparing(SuspectLink::id);

    private final DatasetGraph dataset;
    private final ResourceReader reader;

    SuspectReader(DatasetGraph dataset) {
        this.dataset = dataset;
        Graph data = dataset.getDefaultGraph();
        this.reader = new ResourceReader(new Union(data, TERMS), data);
    }

    ResourceReader resources() {
        return reader;
    }

    /** Returns every suspect link. */
    List<SuspectLink> all() {
        List<SuspectLink> links = new ArrayList<>();
        dataset.find(SuspectTerms.GRAPH, Node.ANY, SuspectTerms.TYPE, SuspectTerms.SUSPECT_LINK)
                .forEachRemaining(q -> read(q.getSubject()).ifPresent(links::add));
        return links;
    }

    /** Returns the suspect links with {@code resource} at either end. */
    List<SuspectLink> about(Node resource) {
        List<SuspectLink> links = new ArrayList<>();
        for (Node end : List.of(SuspectTerms.SUBJECT, SuspectTerms.OBJECT)) {
            dataset.find(SuspectTerms.GRAPH, Node.ANY, end, resource)
                    .forEachRemaining(q -> read(q.getSubject()).ifPresent(links::add));
        }
        return links.stream().distinct().sorted(NEWEST_FIRST).toList();
    }

    /** Returns the link a record describes, or empty when there is no such record. */
    Optional<SuspectLink> read(Node record) {
        Optional<Node> s = one(record, SuspectTerms.SUBJECT);
        Optional<Node> p = one(record, SuspectTerms.PREDICATE);
        Optional<Node> o = one(record, SuspectTerms.OBJECT);
        Optional<Node> changed = one(record, SuspectTerms.CHANGED);
        if (s.isEmpty() || p.isEmpty() || o.isEmpty() || changed.isEmpty()) {
            return Optional.empty();
        }
        Node dependant = changed.get().equals(o.get()) ? s.get() : o.get();
        List<Long> changes = new ArrayList<>();
        dataset.find(SuspectTerms.GRAPH, record, SuspectTerms.GENERATED_BY, Node.ANY)
                .forEachRemaining(
                        q -> {
                            OptionalLong n = ChangeHistory.changeNumber(q.getObject());
                            n.ifPresent(changes::add);
                        });
        changes.sort(Comparator.naturalOrder());
        long since =
                one(record, SuspectTerms.SINCE)
                        .filter(Node::isLiteral)
                        .map(n -> ((Number) n.getLiteralValue()).longValue())
                        .orElse(changes.isEmpty() ? 0L : changes.get(0));
        String iri = p.get().getURI();
        Term relation =
                new Term(iri, RegistryPrefixes.mapping().shortForm(iri), reader.label(p.get()));
        String id = record.getURI().substring(SuspectTerms.LINK_PREFIX.length());
        List<ResourceRef> owners = reader.related(dependant, DR.ownedBy, DR.ownerOf);
        return Optional.of(
                new SuspectLink(
                        id,
                        reader.ref(s.get()),
                        relation,
                        reader.ref(o.get()),
                        reader.ref(changed.get()),
                        reader.ref(dependant),
                        owners,
                        since,
                        changes));
    }

    /** Returns the workstreams that own a resource. */
    List<ResourceRef> owners(Node resource) {
        return reader.related(resource, DR.ownedBy, DR.ownerOf);
    }

    private Optional<Node> one(Node record, Node property) {
        var found = dataset.find(SuspectTerms.GRAPH, record, property, Node.ANY);
        try {
            return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
        } finally {
            Iter.close(found);
        }
    }
}
