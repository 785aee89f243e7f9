package org.designregistry.model.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.designregistry.model.internal.Labels;
import org.designregistry.ontology.DR;

/**
 * Reads typed values from a model of the data joined with the terms, inside one read transaction.
 * Where the data has several values for a single-valued property (invalid data), the smallest is
 * taken so that reads are stable; where it has none, the empty value.
 */
final class GraphReader {

    private final Model model;
    private final Map<Resource, Set<Resource>> superClasses = new HashMap<>();

    GraphReader(Model model) {
        this.model = model;
    }

    Model model() {
        return model;
    }

    /** Returns the instances of a class or of any of its subclasses, by IRI. */
    Stream<Resource> instances(Resource type) {
        Set<Resource> found = new LinkedHashSet<>();
        for (Resource subclass : closure(type, false)) {
            model.listResourcesWithProperty(RDF.type, subclass).forEach(found::add);
        }
        return found.stream().filter(Resource::isURIResource);
    }

    /** Returns true when a resource has the class, or a subclass of it, as a type. */
    boolean isA(Resource resource, Resource type) {
        return resource.listProperties(RDF.type).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isResource)
                .anyMatch(t -> superClassesOf(t.asResource()).contains(type));
    }

    /** Returns true when a resource is an instance of one of the kind's classes or a subclass. */
    boolean isA(Resource resource, Ref.Kind kind) {
        return kind.classIris().stream().anyMatch(c -> isA(resource, model.createResource(c)));
    }

    /** Returns the resources whose {@code dcterms:identifier} is this plain string. */
    Stream<Resource> withIdentifier(String identifier) {
        return model.listResourcesWithProperty(DCTerms.identifier, identifier).toList().stream();
    }

    /** Returns the preferred text of a property, or empty text. */
    String text(Resource resource, Property property) {
        return Labels.text(model.getGraph(), resource.asNode(), property.asNode()).orElse("");
    }

    /** Returns the label of a resource, falling back to its title and its local name. */
    String label(Resource resource) {
        return Labels.label(model.getGraph(), resource.asNode());
    }

    /** Returns the concept a property of the resource points to, or {@link Concept#NONE}. */
    Concept concept(Resource resource, Property property) {
        return object(resource, property).map(this::concept).orElse(Concept.NONE);
    }

    Concept concept(Resource concept) {
        return new Concept(concept.getURI(), label(concept));
    }

    /** Returns the IRI-named object of a property, the smallest IRI when there are several. */
    Optional<Resource> object(Resource resource, Property property) {
        return resource.listProperties(property).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isURIResource)
                .map(RDFNode::asResource)
                .min(Comparator.comparing(Resource::getURI));
    }

    /**
     * Returns the resources linked by a relation stated either way: {@code resource forward x} or
     * {@code x inverse resource}; sorted, without repeats.
     */
    List<ResourceRef> related(Resource resource, Property forward, Property inverse) {
        Set<Resource> linked = new LinkedHashSet<>();
        resource.listProperties(forward)
                .forEach(
                        s -> {
                            if (s.getObject().isURIResource()) {
                                linked.add(s.getObject().asResource());
                            }
                        });
        model.listSubjectsWithProperty(inverse, resource)
                .filterKeep(Resource::isURIResource)
                .forEach(linked::add);
        return linked.stream().map(this::ref).sorted().toList();
    }

    /** Returns the first resource {@link #related} finds, or empty. */
    Optional<ResourceRef> relatedOne(Resource resource, Property forward, Property inverse) {
        return related(resource, forward, inverse).stream().findFirst();
    }

    /** Returns a link to a resource. */
    ResourceRef ref(Resource resource) {
        return new ResourceRef(
                resource.getURI(),
                text(resource, DCTerms.identifier),
                label(resource),
                mostSpecificType(resource));
    }

    /**
     * Returns the type of a resource that is not a superclass of another of its types; of several,
     * the smallest IRI. Empty when it has no type.
     */
    String mostSpecificType(Resource resource) {
        List<Resource> types =
                resource.listProperties(RDF.type).toList().stream()
                        .map(Statement::getObject)
                        .filter(RDFNode::isURIResource)
                        .map(RDFNode::asResource)
                        .toList();
        return types.stream()
                .filter(
                        t ->
                                types.stream()
                                        .noneMatch(
                                                other ->
                                                        !other.equals(t)
                                                                && superClassesOf(other)
                                                                        .contains(t)))
                .map(Resource::getURI)
                .min(Comparator.naturalOrder())
                .orElse("");
    }

    /** Returns the date of a property, read from the lexical form {@code yyyy-mm-dd...}. */
    Optional<LocalDate> date(Resource resource, Property property) {
        String text = text(resource, property);
        if (text.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Returns true when the resource is marked {@code dr:illustrative true}. */
    boolean illustrative(Resource resource) {
        // Compares the lexical form: an ill-formed literal must not fail the read.
        return resource.listProperties(DR.illustrative).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .anyMatch(
                        l ->
                                XSD.xboolean.getURI().equals(l.getDatatypeURI())
                                        && (l.getLexicalForm().equals("true")
                                                || l.getLexicalForm().equals("1")));
    }

    private Set<Resource> superClassesOf(Resource type) {
        return superClasses.computeIfAbsent(type, t -> closure(t, true));
    }

    /**
     * Returns the class and its super- or subclasses by {@code rdfs:subClassOf}; safe on cycles.
     */
    private Set<Resource> closure(Resource type, boolean up) {
        Set<Resource> seen = new LinkedHashSet<>();
        Deque<Resource> queue = new ArrayDeque<>(List.of(type));
        while (!queue.isEmpty()) {
            Resource next = queue.removeFirst();
            if (!seen.add(next)) {
                continue;
            }
            if (up) {
                next.listProperties(RDFS.subClassOf)
                        .forEach(
                                s -> {
                                    if (s.getObject().isResource()) {
                                        queue.add(s.getObject().asResource());
                                    }
                                });
            } else {
                model.listSubjectsWithProperty(RDFS.subClassOf, next).forEach(queue::add);
            }
        }
        return seen;
    }
}
