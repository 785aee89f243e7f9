package org.designregistry.model.internal;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.RegistryStats;
import org.designregistry.model.RegistryStats.ClassCount;

/** Counts the data's resources per asserted {@code rdf:type}. */
final class StatsCounter {

    private static final Comparator<ClassCount> LARGEST_FIRST =
            Comparator.comparingLong(ClassCount::count)
                    .reversed()
                    .thenComparing(ClassCount::label)
                    .thenComparing(ClassCount::classIri);

    private StatsCounter() {}

    /**
     * Returns the counts; each {@code rdf:type} triple is one resource of one class (a graph holds
     * a triple once), and classes are labelled from the terms. Call inside a read transaction.
     */
    static RegistryStats count(Graph data, Graph terms) {
        Map<String, Long> counts = new TreeMap<>();
        data.stream(Node.ANY, RDF.Nodes.type, Node.ANY)
                .map(triple -> triple.getObject())
                .filter(Node::isURI)
                .forEach(type -> counts.merge(type.getURI(), 1L, Long::sum));
        return new RegistryStats(
                data.size(),
                counts.entrySet().stream()
                        .map(
                                entry ->
                                        new ClassCount(
                                                entry.getKey(),
                                                Labels.label(
                                                        terms,
                                                        NodeFactory.createURI(entry.getKey())),
                                                entry.getValue()))
                        .sorted(LARGEST_FIRST)
                        .toList());
    }
}
