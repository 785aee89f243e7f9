package org.designregistry.model.catalog;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.internal.ResourceReader;
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

    static DataItem read(ResourceReader g, Node n) {
        return new DataItem(
                n.getURI(),
                g.identifier(n),
                g.text(n, RDFS.label),
                g.text(n, DR.dataFormat),
                g.related(n, DR.carriedBy, DR.carries),
                g.related(n, OSLCRM.specifiedBy, OSLCRM.specifies),
                g.related(n, DR.describedBy, DR.describes),
                g.illustrative(n));
    }
}
