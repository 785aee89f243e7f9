package org.designregistry.model.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.internal.Labels;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.model.validation.ValidationReport;
import org.designregistry.model.validation.ValidationReport.Severity;
import org.designregistry.model.validation.ValidationReport.Violation;

/**
 * The validation health of a registry: its SHACL results grouped by the shape that produced them,
 * each naming the resource at fault.
 *
 * @param version the registry {@link org.designregistry.model.Registry#version() version} that was
 *     validated
 * @param shapes one group per shape and severity, most results first, then by label
 */
public record Health(long version, List<ShapeGroup> shapes) {

    /** Copies the list. */
    public Health {
        shapes = List.copyOf(shapes);
    }

    /** Returns true when no result is a violation (warnings and notes may remain). */
    public boolean conforms() {
        return shapes.stream().noneMatch(s -> s.severity() == Severity.VIOLATION);
    }

    /** Returns the number of results of a severity. */
    public int count(Severity severity) {
        return shapes.stream()
                .filter(s -> s.severity() == severity)
                .mapToInt(s -> s.offences().size())
                .sum();
    }

    /**
     * The results of one shape at one severity.
     *
     * @param shapeIri the shape's IRI, or {@code _:label} for a blank node
     * @param label the shape's name for people: {@code "node shape: property"} for a property shape
     *     of one node shape, else its {@code sh:name} or {@code rdfs:label}, else its local name
     * @param severity the severity of its results
     * @param offences its results, in the report's order (by resource)
     */
    public record ShapeGroup(
            String shapeIri, String label, Severity severity, List<Offence> offences) {
        /** Copies the list. */
        public ShapeGroup {
            offences = List.copyOf(offences);
        }

        /** Returns the first {@code limit} of its results (all of them when there are fewer). */
        public List<Offence> first(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit must not be negative: " + limit);
            }
            return offences.subList(0, Math.min(limit, offences.size()));
        }
    }

    /** Returns the group of a shape at a severity, or empty when it has no results. */
    public Optional<ShapeGroup> shape(String shapeIri, Severity severity) {
        return shapes.stream()
                .filter(s -> s.shapeIri().equals(shapeIri) && s.severity() == severity)
                .findFirst();
    }

    /**
     * One result: a resource that fails a shape.
     *
     * @param resource the resource at fault, or {@link ResourceRef#NONE} when it is a blank node
     * @param focusNode the resource's IRI, or {@code _:label} for a blank node
     * @param path the property path that failed, or empty for a node constraint
     * @param value the offending value, or empty
     * @param message the shape's message
     */
    public record Offence(
            ResourceRef resource, String focusNode, String path, String value, String message) {}

    /** Groups a report's results, reading resources from the data and names from the shapes. */
    static Health of(long version, ValidationReport report, ResourceReader g, Graph shapes) {
        Map<List<Object>, List<Violation>> groups = new LinkedHashMap<>();
        for (Violation v : report.violations()) {
            groups.computeIfAbsent(List.of(v.sourceShape(), v.severity()), k -> new ArrayList<>())
                    .add(v);
        }
        return new Health(
                version,
                groups.values().stream()
                        .map(
                                vs ->
                                        new ShapeGroup(
                                                vs.get(0).sourceShape(),
                                                shapeLabel(shapes, vs.get(0).sourceShape()),
                                                vs.get(0).severity(),
                                                vs.stream().map(v -> offence(g, v)).toList()))
                        .sorted(
                                Comparator.comparingInt((ShapeGroup s) -> -s.offences().size())
                                        .thenComparing(ShapeGroup::label)
                                        .thenComparing(ShapeGroup::severity))
                        .toList());
    }

    private static Offence offence(ResourceReader g, Violation v) {
        Node focus = v.focusNode().startsWith("_:") ? null : NodeFactory.createURI(v.focusNode());
        ResourceRef resource =
                focus == null
                        ? ResourceRef.NONE
                        : g.isDescribed(focus)
                                ? g.ref(focus)
                                : new ResourceRef(
                                        v.focusNode(), "", Labels.localName(v.focusNode()), "");
        return new Offence(resource, v.focusNode(), v.path(), v.value(), v.message());
    }

    static String shapeLabel(Graph shapes, String shapeIri) {
        if (shapeIri.startsWith("_:") || shapeIri.isEmpty()) {
            return shapeIri;
        }
        Node shape = NodeFactory.createURI(shapeIri);
        String own =
                Labels.text(shapes, shape, SHACL.name)
                        .or(() -> Labels.text(shapes, shape, RDFS.label.asNode()))
                        .orElse(Labels.localName(shapeIri));
        List<Node> parents =
                shapes.stream(Node.ANY, SHACL.property, shape).map(Triple::getSubject).toList();
        Optional<String> parent =
                parents.size() == 1
                        ? Labels.text(shapes, parents.get(0), RDFS.label.asNode())
                        : Optional.empty();
        return parent.map(p -> p + ": " + own).orElse(own);
    }
}
