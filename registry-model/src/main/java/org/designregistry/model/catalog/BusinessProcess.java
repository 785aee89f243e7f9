package org.designregistry.model.catalog;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.OSLCRM;

/**
 * A business process of the target design ({@code dr:BusinessProcess}), such as BP009 Change of
 * Meter.
 *
 * @param iri its IRI
 * @param identifier its {@code dcterms:identifier}, such as {@code BP009}
 * @param label its {@code rdfs:label}
 * @param owners the workstreams that own it ({@code dr:ownedBy} or {@code ^dr:ownerOf})
 * @param uses the interfaces and publications it uses ({@code dr:uses} or {@code ^dr:usedBy})
 * @param raises the events it raises ({@code dr:raises} or {@code ^dr:raisedBy})
 * @param satisfies the requirements it satisfies ({@code oslc_rm:satisfies} or {@code
 *     ^oslc_rm:satisfiedBy})
 * @param specifiedBy the artefacts that specify it ({@code oslc_rm:specifiedBy} or {@code
 *     ^oslc_rm:specifies})
 * @param describedBy the artefacts that describe it ({@code dr:describedBy} or {@code
 *     ^dr:describes})
 * @param illustrative true when it is invented or inferred for illustration
 */
public record BusinessProcess(
        String iri,
        String identifier,
        String label,
        List<ResourceRef> owners,
        List<ResourceRef> uses,
        List<ResourceRef> raises,
        List<ResourceRef> satisfies,
        List<ResourceRef> specifiedBy,
        List<ResourceRef> describedBy,
        boolean illustrative) {

    /** Copies the lists. */
    public BusinessProcess {
        owners = List.copyOf(owners);
        uses = List.copyOf(uses);
        raises = List.copyOf(raises);
        satisfies = List.copyOf(satisfies);
        specifiedBy = List.copyOf(specifiedBy);
        describedBy = List.copyOf(describedBy);
    }

    static BusinessProcess read(ResourceReader g, Node n) {
        return new BusinessProcess(
                n.getURI(),
                g.identifier(n),
                g.text(n, RDFS.label),
                g.related(n, DR.ownedBy, DR.ownerOf),
                g.related(n, DR.uses, DR.usedBy),
                g.related(n, DR.raises, DR.raisedBy),
                g.related(n, OSLCRM.satisfies, OSLCRM.satisfiedBy),
                g.related(n, OSLCRM.specifiedBy, OSLCRM.specifies),
                g.related(n, DR.describedBy, DR.describes),
                g.illustrative(n));
    }
}
