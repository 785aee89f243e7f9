package org.designregistry.model.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.internal.Labels;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.RegistryOntology;

/**
 * What documents need from the registry's terms (ontology and concept schemes), read once: labels
 * of classes and concepts, each class's registry superclasses and each artefact type's phase.
 * Immutable, so shared by every index in the JVM.
 */
final class TermLabels {

    private static final class Standard {
        static final TermLabels INSTANCE = new TermLabels(RegistryOntology.terms().getGraph());
    }

    /** The namespace of the registry's terms: the ontology's and the concept schemes'. */
    private static final String REGISTRY_NS = "https://w3id.org/design-registry";

    private final Map<Node, String> labels = new HashMap<>();
    private final Map<String, String> labelsByKey = new HashMap<>();
    private final Map<Node, List<Node>> registryClasses = new HashMap<>();
    private final Map<Node, Node> phases = new HashMap<>();

    TermLabels(Graph terms) {
        terms.find().mapWith(Triple::getSubject).filterKeep(Node::isURI).toSet().stream()
                .forEach(
                        term -> {
                            String label = Labels.label(terms, term);
                            labels.put(term, label);
                            // Keys are local names: the registry's own term wins a clash
                            // (dr:Requirement over oslc_rm:Requirement).
                            if (term.getURI().startsWith(REGISTRY_NS)) {
                                labelsByKey.put(key(term), label);
                            } else {
                                labelsByKey.putIfAbsent(key(term), label);
                            }
                            registryClasses.put(term, registryClassesOf(terms, term));
                            terms.find(term, DR.phase.asNode(), Node.ANY)
                                    .forEach(t -> phases.put(term, t.getObject()));
                        });
    }

    /** Returns the labels of the standard terms, parsed once per JVM. */
    static TermLabels standard() {
        return Standard.INSTANCE;
    }

    /** Returns the key of a term or resource as facets show it: its IRI's local name. */
    static String key(Node node) {
        return node.isURI() ? Labels.localName(node.getURI()) : node.toString();
    }

    /** Returns the label of a term, or its local name when the terms do not label it. */
    String label(Node term) {
        String label = labels.get(term);
        return label != null ? label : key(term);
    }

    /** Returns the label of the term whose {@link #key} is {@code key}, or the key itself. */
    String labelOfKey(String key) {
        return labelsByKey.getOrDefault(key, key);
    }

    /**
     * Returns a class with its superclasses in the registry's namespace, nearest first; other
     * superclasses (FOAF, PROV, ORG) are left out so that facets stay the registry's own kinds.
     */
    List<Node> withRegistrySuperclasses(Node type) {
        List<Node> classes = registryClasses.get(type);
        return classes != null ? classes : List.of(type);
    }

    /** Returns the phase of an artefact type, if the terms give it one. */
    Optional<Node> phase(Node artefactType) {
        return Optional.ofNullable(phases.get(artefactType));
    }

    private static List<Node> registryClassesOf(Graph terms, Node type) {
        Set<Node> seen = new LinkedHashSet<>();
        seen.add(type);
        List<Node> frontier = List.of(type);
        while (!frontier.isEmpty()) {
            List<Node> next =
                    frontier.stream()
                            .flatMap(c -> terms.stream(c, RDFS.subClassOf.asNode(), Node.ANY))
                            .map(Triple::getObject)
                            .filter(c -> c.isURI() && c.getURI().startsWith(DR.NS))
                            .filter(seen::add)
                            .toList();
            frontier = next;
        }
        return List.copyOf(seen);
    }
}
