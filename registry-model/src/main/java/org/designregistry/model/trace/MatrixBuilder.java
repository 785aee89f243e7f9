package org.designregistry.model.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.RegistryPrefixes;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.internal.ResourceReader;

/** Builds a trace matrix by reading links from each row resource. */
final class MatrixBuilder {

    /** One step of a path: a relation, walked forwards or backwards. */
    record Step(Node relation, boolean backwards, List<Node> inverses) {
        String text() {
            String name = RegistryPrefixes.mapping().shortForm(relation.getURI());
            return backwards ? "^" + name : name;
        }
    }

    private MatrixBuilder() {}

    /**
     * Returns the path the names spell.
     *
     * @throws IllegalArgumentException if a name is no relation used in the data or the terms
     */
    static List<Step> path(Graph graph, List<String> names) {
        List<Step> steps = new ArrayList<>();
        for (String raw : names) {
            String name = raw.strip();
            boolean backwards = name.startsWith("^");
            String iri = resolveRelation(graph, backwards ? name.substring(1) : name);
            Node p = NodeFactory.createURI(iri);
            List<Node> inverses = new ArrayList<>();
            graph.find(p, OWL.inverseOf.asNode(), Node.ANY)
                    .mapWith(Triple::getObject)
                    .forEach(inverses::add);
            graph.find(Node.ANY, OWL.inverseOf.asNode(), p)
                    .mapWith(Triple::getSubject)
                    .forEach(inverses::add);
            steps.add(new Step(p, backwards, List.copyOf(new LinkedHashSet<>(inverses))));
        }
        return steps;
    }

    private static String resolveRelation(Graph graph, String name) {
        String text = name.strip();
        int colon = text.indexOf(':');
        if (colon > 0 && !text.contains("://")) {
            String ns = RegistryPrefixes.asMap().get(text.substring(0, colon));
            if (ns != null) {
                return known(graph, ns + text.substring(colon + 1), name);
            }
        }
        if (text.contains("://")) {
            return known(graph, text, name);
        }
        Set<String> candidates = new TreeSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), OWL.ObjectProperty.asNode())
                .mapWith(Triple::getSubject)
                .filterKeep(Node::isURI)
                .forEach(
                        n -> {
                            if (org.designregistry.model.internal.Labels.localName(n.getURI())
                                    .equals(text)) {
                                candidates.add(n.getURI());
                            }
                        });
        if (candidates.isEmpty()) {
            throw unknown(name);
        }
        return candidates.iterator().next();
    }

    private static String known(Graph graph, String iri, String name) {
        Node p = NodeFactory.createURI(iri);
        if (graph.contains(p, Node.ANY, Node.ANY) || graph.contains(Node.ANY, p, Node.ANY)) {
            return iri;
        }
        throw unknown(name);
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException(
                "Unknown relation '"
                        + name
                        + "': give a relation of the ontology, such as dr:uses, oslc_rm:satisfiedBy"
                        + " or carries, with ^ before it to walk it backwards");
    }

    static TraceMatrix build(
            Graph graph,
            ResourceReader reader,
            Ref.Kind rowKind,
            Ref.Kind columnKind,
            List<Step> via) {
        List<Node> rows = Traceability.instances(reader, rowKind);
        List<Node> columns = Traceability.instances(reader, columnKind);
        Map<Node, Integer> columnIndex = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnIndex.put(columns.get(i), i);
        }
        Map<Node, List<Node>> inverses = new HashMap<>();
        List<TraceMatrix.Link> links = new ArrayList<>();
        List<String> viaText = via.stream().map(Step::text).toList();
        for (int r = 0; r < rows.size(); r++) {
            Node row = rows.get(r);
            if (via.isEmpty()) {
                Map<Integer, Set<String>> direct = new java.util.TreeMap<>();
                graph.find(row, Node.ANY, Node.ANY)
                        .forEach(
                                t -> {
                                    Integer c = columnIndex.get(t.getObject());
                                    if (c != null) {
                                        direct.computeIfAbsent(c, k -> new TreeSet<>())
                                                .add(shorten(t.getPredicate()));
                                    }
                                });
                graph.find(Node.ANY, Node.ANY, row)
                        .forEach(
                                t -> {
                                    Integer c = columnIndex.get(t.getSubject());
                                    if (c != null) {
                                        direct.computeIfAbsent(c, k -> new TreeSet<>())
                                                .add(readBack(graph, inverses, t.getPredicate()));
                                    }
                                });
                int row0 = r;
                direct.forEach(
                        (c, rels) -> links.add(new TraceMatrix.Link(row0, c, List.copyOf(rels))));
            } else {
                Set<Node> frontier = Set.of(row);
                for (Step step : via) {
                    frontier = follow(graph, frontier, step);
                }
                TreeSet<Integer> reached = new TreeSet<>();
                for (Node n : frontier) {
                    Integer c = columnIndex.get(n);
                    if (c != null) {
                        reached.add(c);
                    }
                }
                for (int c : reached) {
                    links.add(new TraceMatrix.Link(r, c, viaText));
                }
            }
        }
        return new TraceMatrix(
                rowKind.kindName(),
                columnKind.kindName(),
                viaText,
                rows.stream().map(reader::ref).toList(),
                columns.stream().map(reader::ref).toList(),
                links);
    }

    private static Set<Node> follow(Graph graph, Set<Node> from, Step step) {
        Set<Node> next = new LinkedHashSet<>();
        for (Node n : from) {
            if (!step.backwards()) {
                graph.find(n, step.relation(), Node.ANY)
                        .mapWith(Triple::getObject)
                        .forEach(next::add);
                for (Node q : step.inverses()) {
                    graph.find(Node.ANY, q, n).mapWith(Triple::getSubject).forEach(next::add);
                }
            } else {
                graph.find(Node.ANY, step.relation(), n)
                        .mapWith(Triple::getSubject)
                        .forEach(next::add);
                for (Node q : step.inverses()) {
                    graph.find(n, q, Node.ANY).mapWith(Triple::getObject).forEach(next::add);
                }
            }
        }
        return next;
    }

    private static String readBack(Graph graph, Map<Node, List<Node>> cache, Node predicate) {
        List<Node> inverse =
                cache.computeIfAbsent(
                        predicate,
                        p -> {
                            TreeSet<String> found = new TreeSet<>();
                            graph.find(p, OWL.inverseOf.asNode(), Node.ANY)
                                    .mapWith(Triple::getObject)
                                    .filterKeep(Node::isURI)
                                    .forEach(n -> found.add(n.getURI()));
                            graph.find(Node.ANY, OWL.inverseOf.asNode(), p)
                                    .mapWith(Triple::getSubject)
                                    .filterKeep(Node::isURI)
                                    .forEach(n -> found.add(n.getURI()));
                            return found.stream().map(NodeFactory::createURI).toList();
                        });
        return inverse.isEmpty() ? "^" + shorten(predicate) : shorten(inverse.get(0));
    }

    private static String shorten(Node predicate) {
        return RegistryPrefixes.mapping().shortForm(predicate.getURI());
    }
}
