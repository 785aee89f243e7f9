package org.designregistry.model.registers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.designregistry.ontology.RegistryOntology;

/**
 * The registry's concept schemes (from its vocabularies): finds a concept of a scheme by its
 * preferred label, notation or local name, ignoring case and spaces, and names a concept by its
 * preferred label.
 */
final class Schemes {

    private static final Graph TERMS = RegistryOntology.vocabularies().getGraph();
    private static final Map<Node, Map<String, Node>> CONCEPTS = new HashMap<>();

    private Schemes() {}

    /** Returns true when the IRI is a concept scheme of the registry. */
    static boolean exists(Node scheme) {
        return TERMS.contains(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
    }

    /** Returns the concept of {@code scheme} a cell names, or empty. */
    static Optional<Node> concept(Node scheme, String text) {
        return Optional.ofNullable(concepts(scheme).get(normal(text)));
    }

    /** Returns the text an export writes for a concept: its preferred label, or local name. */
    static String name(Node concept) {
        var labels = TERMS.find(concept, SKOS.prefLabel.asNode(), Node.ANY);
        try {
            if (labels.hasNext()) {
                return labels.next().getObject().getLiteralLexicalForm();
            }
        } finally {
            labels.close();
        }
        return concept.isURI() ? concept.getLocalName() : concept.toString();
    }

    private static synchronized Map<String, Node> concepts(Node scheme) {
        return CONCEPTS.computeIfAbsent(scheme, Schemes::index);
    }

    private static Map<String, Node> index(Node scheme) {
        Map<String, Node> index = new HashMap<>();
        TERMS.find(Node.ANY, SKOS.inScheme.asNode(), scheme)
                .forEach(
                        t -> {
                            Node concept = t.getSubject();
                            index.putIfAbsent(normal(concept.getLocalName()), concept);
                            for (Node p :
                                    new Node[] {
                                        SKOS.prefLabel.asNode(),
                                        SKOS.notation.asNode(),
                                        SKOS.altLabel.asNode()
                                    }) {
                                TERMS.find(concept, p, Node.ANY)
                                        .forEach(
                                                l ->
                                                        index.putIfAbsent(
                                                                normal(
                                                                        l.getObject()
                                                                                .getLiteralLexicalForm()),
                                                                concept));
                            }
                        });
        return index;
    }

    private static String normal(String text) {
        // "Level 3", "level3" and "LEVEL 3" all name drlevel:Level3.
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
