package org.designregistry.model.catalog;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
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

    static Requirement read(GraphReader g, Resource r) {
        return new Requirement(
                r.getURI(),
                g.text(r, DCTerms.identifier),
                g.text(r, RDFS.label),
                g.mostSpecificType(r),
                g.related(r, OSLCRM.satisfiedBy, OSLCRM.satisfies),
                g.related(r, OSLCRM.specifiedBy, OSLCRM.specifies),
                g.related(r, DR.describedBy, DR.describes),
                g.illustrative(r));
    }
}
