package org.designregistry.model;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The longest terms a registry stores: every write with a longer IRI, literal or identifier is
 * refused before it commits, with a {@link TermTooLongException}, whatever route it takes (load,
 * SPARQL Update, graph store, edits).
 *
 * <p>The limits keep a registry openable, exportable and displayable; the search index copes with
 * terms of any length either way. Lengths are counted in UTF-16 characters, as Java strings are.
 *
 * @param maxIriLength the longest IRI of a subject, predicate, object or graph
 * @param maxLiteralLength the longest lexical form of a literal
 * @param maxIdentifierLength the longest {@code dcterms:identifier} value
 */
public record TermLimits(int maxIriLength, int maxLiteralLength, int maxIdentifierLength) {

    /**
     * The defaults: IRIs of 4,096 characters (far above any IRI a person or tool mints, and small
     * enough for a URL path and an HTTP header), literals of 1,048,576 characters (a long design
     * description, pasted document included, fits), identifiers of 256 characters.
     */
    public static final TermLimits DEFAULTS = new TermLimits(4_096, 1_048_576, 256);

    private static final Node IDENTIFIER = DCTerms.identifier.asNode();

    /** Checks that every limit is positive. */
    public TermLimits {
        positive(maxIriLength, Limit.IRI);
        positive(maxLiteralLength, Limit.LITERAL);
        positive(maxIdentifierLength, Limit.IDENTIFIER);
    }

    /**
     * Checks the terms of one triple or quad; {@code graph} may be null.
     *
     * @throws TermTooLongException naming the first term over its limit
     */
    public void check(Node graph, Node subject, Node predicate, Node object) {
        checkIri(graph);
        checkIri(subject);
        checkIri(predicate);
        checkIri(object);
        if (object != null && object.isLiteral()) {
            String text = object.getLiteralLexicalForm();
            if (IDENTIFIER.equals(predicate)) {
                checkIdentifier(text);
            }
            check(Limit.LITERAL, maxLiteralLength, text);
            String datatype = object.getLiteralDatatypeURI();
            if (datatype != null) {
                check(Limit.IRI, maxIriLength, datatype);
            }
        }
    }

    /**
     * Checks an identifier, such as one a new resource is to be given.
     *
     * @throws TermTooLongException if it is longer than {@link #maxIdentifierLength}
     */
    public void checkIdentifier(String identifier) {
        check(Limit.IDENTIFIER, maxIdentifierLength, identifier);
    }

    private void checkIri(Node node) {
        if (node != null && node.isURI()) {
            check(Limit.IRI, maxIriLength, node.getURI());
        }
    }

    private static void check(Limit limit, int max, String text) {
        if (text.length() > max) {
            throw new TermTooLongException(limit, max, text);
        }
    }

    private static void positive(int max, Limit limit) {
        if (max < 1) {
            throw new IllegalArgumentException(
                    limit.property() + " must be at least 1, not " + max);
        }
    }

    /** The limits, each with the server property that sets it. */
    public enum Limit {
        /** {@link TermLimits#maxIriLength}. */
        IRI("IRI", "IRIs", "registry.limits.max-iri-length"),
        /** {@link TermLimits#maxLiteralLength}. */
        LITERAL("literal", "literals", "registry.limits.max-literal-length"),
        /** {@link TermLimits#maxIdentifierLength}. */
        IDENTIFIER("identifier", "identifiers", "registry.limits.max-identifier-length");

        private final String term;
        private final String terms;
        private final String property;

        Limit(String term, String terms, String property) {
            this.term = term;
            this.terms = terms;
            this.property = property;
        }

        /** Returns what the limit applies to, such as {@code IRI}. */
        public String term() {
            return term;
        }

        /** Returns the plural of {@link #term()}. */
        public String terms() {
            return terms;
        }

        /** Returns the server property that sets the limit. */
        public String property() {
            return property;
        }
    }
}
