package org.designregistry.model.catalog;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.OSLCRM;

/**
 * An item of the data item catalogue ({@code dr:DataItem}), such as DI-037 GSP Group ID.
 *
 * @param iri its IRI
 * @param identifier its {@code dcterms:identifier}, such as {@code DI-037}
 * @param label its {@code rdfs:label}
 * @param dataFormat the logical format of its values ({@code dr:dataFormat}), or empty text
 * @param carriedBy the interfaces and publications that carry it ({@code dr:carriedBy} or {@code
 *     ^dr:carries})
 * @param specifiedBy the artefacts that specify it ({@code oslc_rm:specifiedBy} or {@code
 *     ^oslc_rm:specifies})
 * @param describedBy the artefacts that describe it ({@code dr:describedBy} or {@code
 *     ^dr:describes})
 * @param illustrative true when it is invented or inferred for illustration
 */
public record DataItem(
        String iri,
        String identifier,
        String label,
        String dataFormat,
        List<ResourceRef> carriedBy,
        List<ResourceRef> specifiedBy,
        List<ResourceRef> describedBy,
        boolean illustrative) {

    /** Copies the lists. */
    public DataItem {
        carriedBy = List.copyOf(carriedBy);
        specifiedBy = List.copyOf(specifiedBy);
        describedBy = List.copyOf(describedBy);
    }

    static DataItem read(GraphReader g, Resource r) {
        return new DataItem(
                r.getURI(),
                g.text(r, DCTerms.identifier),
                g.text(r, RDFS.label),
                g.text(r, DR.dataFormat),
                g.related(r, DR.carriedBy, DR.carries),
                g.related(r, OSLCRM.specifiedBy, OSLCRM.specifies),
                g.related(r, DR.describedBy, DR.describes),
                g.illustrative(r));
    }
}
