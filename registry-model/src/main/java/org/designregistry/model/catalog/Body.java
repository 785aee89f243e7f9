package org.designregistry.model.catalog;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.ontology.DR;

/**
 * A governing body ({@code dr:GoverningBody}, including working groups), such as the DAG.
 *
 * @param iri its IRI
 * @param identifier its {@code dcterms:identifier}, or empty text
 * @param label its {@code rdfs:label}
 * @param typeIri its most specific class, such as {@code dr:WorkingGroup}'s IRI
 * @param level its governance level ({@code dr:governanceLevel})
 * @param reportsTo the bodies it reports to ({@code org:reportsTo} or {@code ^dr:oversees})
 * @param subOrganizationOf the bodies it is a sub-group of ({@code org:subOrganizationOf} or {@code
 *     ^org:hasSubOrganization})
 * @param illustrative true when it is invented or inferred for illustration
 */
public record Body(
        String iri,
        String identifier,
        String label,
        String typeIri,
        Concept level,
        List<ResourceRef> reportsTo,
        List<ResourceRef> subOrganizationOf,
        boolean illustrative) {

    /** Copies the lists. */
    public Body {
        reportsTo = List.copyOf(reportsTo);
        subOrganizationOf = List.copyOf(subOrganizationOf);
    }

    static Body read(GraphReader g, Resource r) {
        return new Body(
                r.getURI(),
                g.text(r, DCTerms.identifier),
                g.text(r, RDFS.label),
                g.mostSpecificType(r),
                g.concept(r, DR.governanceLevel),
                g.related(r, ORG.reportsTo, DR.oversees),
                g.related(r, ORG.subOrganizationOf, ORG.hasSubOrganization),
                g.illustrative(r));
    }
}
