package org.designregistry.model;

import java.util.List;

/**
 * The size of a registry: its triples, and its resources counted per class.
 *
 * @param triples the number of triples
 * @param classes one entry per class that has instances, largest first, then by label
 */
public record RegistryStats(long triples, List<ClassCount> classes) {

    /** Copies the list of classes. */
    public RegistryStats {
        classes = List.copyOf(classes);
    }

    /** Returns the number of instances of the class with the given IRI, or 0. */
    public long count(String classIri) {
        return classes.stream()
                .filter(c -> c.classIri().equals(classIri))
                .mapToLong(ClassCount::count)
                .findFirst()
                .orElse(0);
    }

    /**
     * The number of resources typed with one class.
     *
     * @param classIri the class IRI
     * @param label the class's label from the ontology, or its local name
     * @param count the number of resources with that {@code rdf:type}
     */
    public record ClassCount(String classIri, String label, long count) {}
}
