package org.designregistry.model.vocabulary;

import java.util.List;
import java.util.Objects;
import org.designregistry.model.catalog.Concept;

/**
 * One term of the registry's ontology or concept schemes, for a person to read: a concept (a
 * status, an artefact type, a phase, a decision outcome or level), a concept scheme, a class or a
 * property.
 *
 * @param iri the term's IRI
 * @param label its {@code skos:prefLabel}, else its {@code rdfs:label}, else its local name
 * @param definition its {@code skos:definition}, else its {@code rdfs:comment}, else empty
 * @param kind what sort of term it is
 * @param notation its {@code skos:notation}, or empty
 * @param related the terms it names, grouped by the property that names them (scheme, broader,
 *     narrower, superclasses, domain, range, inverse, ...), and the terms that name it (a scheme's
 *     concepts, a class's subclasses, the relations it is the domain or range of)
 */
public record Term(
        String iri,
        String label,
        String definition,
        Kind kind,
        String notation,
        List<TermGroup> related) {

    /** Checks that no part is null and copies the list. */
    public Term {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(notation, "notation");
        related = List.copyOf(related);
    }

    /** Returns this term as a link: its IRI and label. */
    public Concept link() {
        return new Concept(iri, label);
    }

    /** What sort of term a term is, with the name a person reads. */
    public enum Kind {
        /** A {@code skos:Concept}. */
        CONCEPT("Concept"),
        /** A {@code skos:ConceptScheme}. */
        SCHEME("Concept scheme"),
        /** An {@code owl:Class}. */
        CLASS("Class"),
        /** An {@code owl:ObjectProperty}: a link from one resource to another. */
        RELATION("Relation"),
        /** Any other property: a value a resource has. */
        PROPERTY("Property");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Returns the name a person reads, such as {@code Concept scheme}. */
        public String label() {
            return label;
        }
    }

    /**
     * Terms grouped under one heading.
     *
     * @param label the heading, such as {@code Broader} or {@code Relations to it}
     * @param terms the terms, by label
     */
    public record TermGroup(String label, List<Concept> terms) {
        /** Copies the list. */
        public TermGroup {
            Objects.requireNonNull(label, "label");
            terms = List.copyOf(terms);
        }
    }
}
