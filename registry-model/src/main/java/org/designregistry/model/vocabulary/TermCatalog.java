package org.designregistry.model.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.vocabulary.Term.Kind;
import org.designregistry.model.vocabulary.Term.TermGroup;
import org.designregistry.ontology.RegistryOntology;

/**
 * Every term of the ontology and the concept schemes, read once from the classpath (they do not
 * change while the server runs): labels, definitions, kinds and the terms each names.
 */
final class TermCatalog {

    private static final Node TYPE = RDF.type.asNode();

    /** The classes whose instances are terms, most telling first: a term's kind is the first. */
    private static final Map<Node, Kind> KINDS = kinds();

    /** Headings for the terms a term names, by property; properties not here use their label. */
    private static final Map<Node, String> NAMES =
            Map.of(
                    SKOS.inScheme.asNode(), "Scheme",
                    SKOS.broader.asNode(), "Broader",
                    SKOS.narrower.asNode(), "Narrower",
                    RDFS.subClassOf.asNode(), "Broader classes",
                    RDFS.domain.asNode(), "From (domain)",
                    RDFS.range.asNode(), "To (range)",
                    OWL.inverseOf.asNode(), "Inverse");

    /** Headings for the terms that name a term, by the property they name it with. */
    private static final Map<Node, String> NAMED_BY =
            Map.of(
                    SKOS.inScheme.asNode(), "Concepts",
                    SKOS.broader.asNode(), "Narrower",
                    SKOS.narrower.asNode(), "Broader",
                    RDFS.subClassOf.asNode(), "Narrower classes",
                    RDFS.domain.asNode(), "Relations from it",
                    RDFS.range.asNode(), "Relations to it",
                    OWL.inverseOf.asNode(), "Inverse");

    /** Statements that repeat another (a top concept is also in its scheme). */
    private static final List<Node> REPEATS =
            List.of(TYPE, SKOS.topConceptOf.asNode(), SKOS.hasTopConcept.asNode());

    private static final Comparator<Concept> BY_LABEL =
            Comparator.comparing((Concept c) -> c.label().toLowerCase(java.util.Locale.ROOT))
                    .thenComparing(Concept::iri);

    /** The catalog of the shipped terms, read on first use (after the constants above). */
    static final TermCatalog SHIPPED = new TermCatalog(RegistryOntology.terms().getGraph());

    private final Graph graph;
    private final Map<String, Term> terms = new LinkedHashMap<>();

    TermCatalog(Graph graph) {
        this.graph = graph;
        Map<Node, Kind> kinds = new LinkedHashMap<>();
        graph.find(Node.ANY, TYPE, Node.ANY)
                .forEach(
                        t -> {
                            Kind kind = KINDS.get(t.getObject());
                            if (kind != null && t.getSubject().isURI()) {
                                kinds.merge(
                                        t.getSubject(),
                                        kind,
                                        (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                            }
                        });
        kinds.keySet().stream()
                .sorted(Comparator.comparing(Node::getURI))
                .forEach(node -> terms.put(node.getURI(), read(node, kinds)));
    }

    /** Returns the graph of the terms. */
    Graph graph() {
        return graph;
    }

    Optional<Term> term(String iri) {
        return Optional.ofNullable(terms.get(iri));
    }

    /** Returns every term of a kind, by label. */
    List<Term> all(Kind kind) {
        return terms.values().stream()
                .filter(t -> t.kind() == kind)
                .sorted(Comparator.comparing(Term::link, BY_LABEL))
                .toList();
    }

    private Term read(Node node, Map<Node, Kind> kinds) {
        Map<String, TreeSet<Concept>> groups = new LinkedHashMap<>();
        graph.find(node, Node.ANY, Node.ANY)
                .forEach(
                        t -> {
                            if (named(t.getObject(), t.getPredicate(), kinds)) {
                                groups.computeIfAbsent(
                                                NAMES.getOrDefault(
                                                        t.getPredicate(),
                                                        capitalised(label(t.getPredicate()))),
                                                k -> new TreeSet<>(BY_LABEL))
                                        .add(link(t.getObject()));
                            }
                        });
        graph.find(Node.ANY, Node.ANY, node)
                .forEach(
                        t -> {
                            if (named(t.getSubject(), t.getPredicate(), kinds)) {
                                groups.computeIfAbsent(
                                                NAMED_BY.getOrDefault(
                                                        t.getPredicate(),
                                                        capitalised(label(t.getPredicate()))
                                                                + " (pointing here)"),
                                                k -> new TreeSet<>(BY_LABEL))
                                        .add(link(t.getSubject()));
                            }
                        });
        List<TermGroup> related = new ArrayList<>();
        groups.forEach(
                (heading, members) -> related.add(new TermGroup(heading, List.copyOf(members))));
        return new Term(
                node.getURI(),
                label(node),
                firstText(node, SKOS.definition.asNode(), RDFS.comment.asNode()),
                kinds.get(node),
                firstText(node, SKOS.notation.asNode()),
                related);
    }

    private static boolean named(Node other, Node predicate, Map<Node, Kind> kinds) {
        return kinds.containsKey(other) && !REPEATS.contains(predicate);
    }

    private Concept link(Node node) {
        return new Concept(node.getURI(), label(node));
    }

    /** Returns the English or untagged label, else the local name. */
    String label(Node node) {
        String label = firstText(node, SKOS.prefLabel.asNode(), RDFS.label.asNode());
        return label.isEmpty() ? node.getLocalName() : label;
    }

    private String firstText(Node node, Node... properties) {
        for (Node property : properties) {
            Optional<String> text =
                    graph.stream(node, property, Node.ANY)
                            .map(Triple::getObject)
                            .filter(Node::isLiteral)
                            .filter(
                                    o ->
                                            o.getLiteralLanguage().isEmpty()
                                                    || o.getLiteralLanguage().startsWith("en"))
                            .map(Node::getLiteralLexicalForm)
                            .sorted()
                            .findFirst();
            if (text.isPresent()) {
                return text.get();
            }
        }
        return "";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Map<Node, Kind> kinds() {
        Map<Node, Kind> kinds = new LinkedHashMap<>();
        kinds.put(SKOS.Concept.asNode(), Kind.CONCEPT);
        kinds.put(SKOS.ConceptScheme.asNode(), Kind.SCHEME);
        kinds.put(OWL.Class.asNode(), Kind.CLASS);
        kinds.put(RDFS.Class.asNode(), Kind.CLASS);
        kinds.put(OWL.ObjectProperty.asNode(), Kind.RELATION);
        kinds.put(OWL.DatatypeProperty.asNode(), Kind.PROPERTY);
        kinds.put(OWL.AnnotationProperty.asNode(), Kind.PROPERTY);
        kinds.put(RDF.Property.asNode(), Kind.PROPERTY);
        return kinds;
    }

    static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
