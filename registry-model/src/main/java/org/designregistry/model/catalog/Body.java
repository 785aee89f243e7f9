package org.designregistry.model.catalog;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.internal.ResourceReader;
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

    static Body read(ResourceReader g, Node n) {
        return new Body(
                n.getURI(),
                g.identifier(n),
                g.text(n, RDFS.label),
                g.mostSpecificType(n),
                g.concept(n, DR.governanceLevel).orElse(Concept.NONE),
                g.related(n, ORG.reportsTo, DR.oversees),
                g.related(n, ORG.subOrganizationOf, ORG.hasSubOrganization),
                g.illustrative(n));
    }
}
