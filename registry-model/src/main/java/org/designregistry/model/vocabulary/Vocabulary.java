package org.designregistry.model.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.model.vocabulary.Term.Kind;
import org.designregistry.model.vocabulary.Term.TermGroup;

/**
 * The terms a registry is described with (its ontology's classes and properties, and the concepts
 * of its SKOS schemes) as a person reads them, and the registry resources that use each.
 *
 * <pre>{@code
 * Vocabulary vocabulary = Vocabulary.of(registry);
 * vocabulary.term(Vocabularies.STATUS_NS + "Approved").map(Term::label);   // "Approved"
 * vocabulary.usage(Vocabularies.STATUS_NS + "Approved", 0, 50).total();
 * }</pre>
 *
 * <p>The terms are read once from the classpath; usage is read from the registry's data in one read
 * transaction per call. Instances are safe to share between threads.
 */
public final class Vocabulary {

    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    private final Registry registry;
    private final TermCatalog catalog;

    private Vocabulary(Registry registry, TermCatalog catalog) {
        this.registry = registry;
        this.catalog = catalog;
    }

    /** Returns the vocabulary of a registry: the shipped ontology and concept schemes. */
    public static Vocabulary of(Registry registry) {
        return new Vocabulary(Objects.requireNonNull(registry, "registry"), TermCatalog.SHIPPED);
    }

    /** Returns true when the IRI names a term of the shipped ontology or concept schemes. */
    public static boolean isTerm(String iri) {
        return iri != null && TermCatalog.SHIPPED.term(iri).isPresent();
    }

    /** Returns the label of a term of the shipped ontology or concept schemes, if it is one. */
    public static Optional<String> labelOf(String iri) {
        return iri == null ? Optional.empty() : TermCatalog.SHIPPED.term(iri).map(Term::label);
    }

    /** Returns the term with this IRI, or empty when it is none of the registry's terms. */
    public Optional<Term> term(String iri) {
        return catalog.term(Objects.requireNonNull(iri, "iri"));
    }

    /**
     * Returns every term in groups a person can scan: each concept scheme with its concepts (by
     * scheme label), then the classes, the relations and the other properties, each by label.
     */
    public List<TermGroup> index() {
        List<TermGroup> groups = new ArrayList<>();
        for (Term scheme : catalog.all(Kind.SCHEME)) {
            groups.add(
                    new TermGroup(
                            scheme.label(),
                            scheme.related().stream()
                                    .filter(g -> g.label().equals("Concepts"))
                                    .flatMap(g -> g.terms().stream())
                                    .toList()));
        }
        groups.add(new TermGroup("Classes", links(Kind.CLASS)));
        groups.add(new TermGroup("Relations", links(Kind.RELATION)));
        groups.add(new TermGroup("Properties", links(Kind.PROPERTY)));
        return groups;
    }

    /**
     * Returns the resources of the registry that use a term, ordered by IRI, from {@code offset}
     * and at most {@code limit} of them: those with a concept as the value of any property (for a
     * scheme, with any of its concepts), those of a class (stated, not inferred), or those that
     * state a property.
     *
     * @throws IllegalArgumentException if the IRI names no term, or offset or limit is negative
     */
    public TermUsage usage(String iri, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException(
                    "offset and limit must not be negative: " + offset + ", " + limit);
        }
        Term term =
                term(iri)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "Not a term of the registry: " + iri));
        return registry.read(
                model -> {
                    Graph data = model.getGraph();
                    List<Node> users =
                            users(data, term)
                                    .filter(Node::isURI)
                                    .distinct()
                                    .sorted(BY_IRI)
                                    .toList();
                    int from = Math.min(offset, users.size());
                    int to = (int) Math.min(users.size(), (long) from + limit);
                    ResourceReader reader =
                            new ResourceReader(new Union(data, catalog.graph()), data);
                    return new TermUsage(
                            users.size(),
                            from,
                            users.subList(from, to).stream().map(reader::ref).toList());
                });
    }

    private Stream<Node> users(Graph data, Term term) {
        Node node = TermCatalog.node(term.iri());
        return switch (term.kind()) {
            case CONCEPT -> data.stream(Node.ANY, Node.ANY, node).map(Triple::getSubject);
            case SCHEME ->
                    term.related().stream()
                            .filter(g -> g.label().equals("Concepts"))
                            .flatMap(g -> g.terms().stream())
                            .flatMap(
                                    c -> data.stream(Node.ANY, Node.ANY, TermCatalog.node(c.iri())))
                            .map(Triple::getSubject);
            case CLASS -> data.stream(Node.ANY, RDF.type.asNode(), node).map(Triple::getSubject);
            case RELATION, PROPERTY ->
                    data.stream(Node.ANY, node, Node.ANY).map(Triple::getSubject);
        };
    }

    private List<Concept> links(Kind kind) {
        return catalog.all(kind).stream().map(Term::link).toList();
    }
}
