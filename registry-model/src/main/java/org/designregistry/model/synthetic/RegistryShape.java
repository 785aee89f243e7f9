package org.designregistry.model.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/**
 * A registry in numbers: how many resources of each class, how many links of each relation between
 * them, and how the links spread over resources.
 *
 * @param resources the number of data resources (IRIs with an {@code rdf:type})
 * @param classes resources per class IRI
 * @param relations links between data resources per relation IRI
 * @param meanDegree links per resource, counting both ends
 * @param degreePercentiles the 50th, 90th, 99th percentile and the maximum of a resource's degree
 *     (links in and out)
 */
public record RegistryShape(
        int resources,
        Map<String, Integer> classes,
        Map<String, Integer> relations,
        double meanDegree,
        List<Integer> degreePercentiles) {

    /** Copies the maps and list. */
    public RegistryShape {
        classes = Collections.unmodifiableMap(new TreeMap<>(classes));
        relations = Collections.unmodifiableMap(new TreeMap<>(relations));
        degreePercentiles = List.copyOf(degreePercentiles);
    }

    /** Returns the shape of a data graph. */
    public static RegistryShape measure(Graph graph) {
        Set<Node> resources = new HashSet<>();
        Map<String, Integer> classes = new TreeMap<>();
        graph.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .forEach(
                        t -> {
                            if (t.getSubject().isURI() && t.getObject().isURI()) {
                                resources.add(t.getSubject());
                                classes.merge(t.getObject().getURI(), 1, Integer::sum);
                            }
                        });
        Map<String, Integer> relations = new TreeMap<>();
        Map<Node, Integer> degree = new HashMap<>();
        graph.find()
                .forEach(
                        t -> {
                            if (resources.contains(t.getSubject())
                                    && resources.contains(t.getObject())) {
                                relations.merge(t.getPredicate().getURI(), 1, Integer::sum);
                                degree.merge(t.getSubject(), 1, Integer::sum);
                                degree.merge(t.getObject(), 1, Integer::sum);
                            }
                        });
        List<Integer> degrees = new ArrayList<>();
        for (Node r : resources) {
            degrees.add(degree.getOrDefault(r, 0));
        }
        Collections.sort(degrees);
        long links = relations.values().stream().mapToLong(Integer::longValue).sum();
        List<Integer> percentiles =
                degrees.isEmpty()
                        ? List.of(0, 0, 0, 0)
                        : List.of(
                                at(degrees, 0.50),
                                at(degrees, 0.90),
                                at(degrees, 0.99),
                                degrees.get(degrees.size() - 1));
        return new RegistryShape(
                resources.size(),
                classes,
                relations,
                resources.isEmpty() ? 0 : 2.0 * links / resources.size(),
                percentiles);
    }

    private static int at(List<Integer> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }
}
