package org.designregistry.model.catalog;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.OSLCRM;

/**
 * A requirement ({@code dr:Requirement} or a subclass), such as BRS003-042.
 *
 * @param iri its IRI
 * @param identifier its {@code dcterms:identifier}
 * @param label its {@code rdfs:label}
 * @param typeIri its most specific class, such as {@code dr:FunctionalRequirement}'s IRI
 * @param satisfiedBy the processes and interfaces that satisfy it ({@code oslc_rm:satisfiedBy} or
 *     {@code ^oslc_rm:satisfies})
 * @param specifiedBy the artefacts that specify it ({@code oslc_rm:specifiedBy} or {@code
 *     ^oslc_rm:specifies})
 * @param describedBy the artefacts that describe it ({@code dr:describedBy} or {@code
 *     ^dr:describes})
 * @param illustrative true when it is invented or inferred for illustration
 */
public record Requirement(
        String iri,
        String identifier,
        String label,
        String typeIri,
        List<ResourceRef> satisfiedBy,
        List<ResourceRef> specifiedBy,
        List<ResourceRef> describedBy,
        boolean illustrative) {

    /** Copies the lists. */
    public Requirement {
        satisfiedBy = List.copyOf(satisfiedBy);
        specifiedBy = List.copyOf(specifiedBy);
        describedBy = List.copyOf(describedBy);
    }

    static Requirement read(ResourceReader g, Node n) {
        return new Requirement(
                n.getURI(),
                g.identifier(n),
                g.text(n, RDFS.label),
                g.mostSpecificType(n),
                g.related(n, OSLCRM.satisfiedBy, OSLCRM.satisfies),
                g.related(n, OSLCRM.specifiedBy, OSLCRM.specifies),
                g.related(n, DR.describedBy, DR.describes),
                g.illustrative(n));
    }
}
