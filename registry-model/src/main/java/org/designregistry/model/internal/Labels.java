package org.designregistry.model.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads names for people from a graph: the preferred literal of a property, and a resource's label
 * with its fallbacks. Shared by the registry's feature packages; not API.
 */
public final class Labels {

    private static final List<Node> LABEL_PROPERTIES =
            List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    /** Plain and English literals first, then other languages; then by text, for determinism. */
    private static final Comparator<Node> PREFERENCE =
            Comparator.comparingInt(Labels::languageRank)
                    .thenComparing(Node::getLiteralLexicalForm);

    private Labels() {}

    /**
     * Returns the label of a node: its {@code rdfs:label}, else {@code skos:prefLabel}, else {@code
     * dcterms:title}, else the local name of its IRI.
     */
    public static String label(Graph graph, Node node) {
        for (Node property : LABEL_PROPERTIES) {
            Optional<String> text = text(graph, node, property);
            if (text.isPresent()) {
                return text.get();
            }
        }
        return node.isURI() ? localName(node.getURI()) : node.toString();
    }

    /**
     * Returns the preferred literal value of a property of a node: plain or English text first, and
     * the smallest text among equals, so that the choice is stable when the data has several.
     */
    public static Optional<String> text(Graph graph, Node subject, Node property) {
        return graph.stream(subject, property, Node.ANY)
                .map(Triple::getObject)
                .filter(Node::isLiteral)
                .min(PREFERENCE)
                .map(Node::getLiteralLexicalForm);
    }

    /**
     * Returns the preferred text among some values (plain or English literals first, then the
     * smallest text), ignoring values that are not literals; empty when there is none.
     */
    public static Optional<String> preferred(java.util.Collection<Node> values) {
        return values.stream()
                .filter(Node::isLiteral)
                .min(PREFERENCE)
                .map(Node::getLiteralLexicalForm);
    }

    /** Returns the part of an IRI after its last {@code #}, {@code /} or {@code :}. */
    public static String localName(String iri) {
        int cut =
                Math.max(
                        iri.lastIndexOf('#'), Math.max(iri.lastIndexOf('/'), iri.lastIndexOf(':')));
        String local = iri.substring(cut + 1);
        return local.isEmpty() ? iri : local;
    }

    private static int languageRank(Node literal) {
        String lang = literal.getLiteralLanguage().toLowerCase(Locale.ROOT);
        if (lang.isEmpty()) {
            return 0;
        }
        return lang.equals("en") || lang.startsWith("en-") ? 1 : 2;
    }
}
