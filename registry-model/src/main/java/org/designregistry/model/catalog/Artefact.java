package org.designregistry.model.catalog;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.OSLCRM;

/**
 * A design artefact ({@code dr:DesignArtefact}): a controlled design document such as DES138.
 *
 * @param iri its IRI
 * @param identifier its document number ({@code dcterms:identifier}), such as {@code DES138}
 * @param title its {@code dcterms:title}
 * @param type its artefact type ({@code dr:artefactType})
 * @param phase the design phase of its type ({@code dr:phase} of the type)
 * @param status its status ({@code dr:status})
 * @param version its {@code owl:versionInfo}, or empty text
 * @param owners the workstreams that own it ({@code dr:ownedBy} or {@code ^dr:ownerOf})
 * @param producedBy the working group that produced it ({@code dr:producedBy} or {@code
 *     ^dr:produces})
 * @param illustrative true when it is invented or inferred for illustration
 * @param specifies what it specifies ({@code oslc_rm:specifies} or {@code ^oslc_rm:specifiedBy})
 * @param describes what it describes ({@code dr:describes} or {@code ^dr:describedBy})
 * @param dependsOn the artefacts it depends on ({@code dr:dependsOn} or {@code ^dr:dependencyOf})
 */
public record Artefact(
        String iri,
        String identifier,
        String title,
        Concept type,
        Concept phase,
        Concept status,
        String version,
        List<ResourceRef> owners,
        Optional<ResourceRef> producedBy,
        boolean illustrative,
        List<ResourceRef> specifies,
        List<ResourceRef> describes,
        List<ResourceRef> dependsOn) {

    /** Copies the lists. */
    public Artefact {
        owners = List.copyOf(owners);
        specifies = List.copyOf(specifies);
        describes = List.copyOf(describes);
        dependsOn = List.copyOf(dependsOn);
    }

    static Artefact read(GraphReader g, Resource r) {
        Optional<Resource> type = g.object(r, DR.artefactType);
        return new Artefact(
                r.getURI(),
                g.text(r, DCTerms.identifier),
                g.text(r, DCTerms.title),
                type.map(g::concept).orElse(Concept.NONE),
                type.map(t -> g.concept(t, DR.phase)).orElse(Concept.NONE),
                g.concept(r, DR.status),
                g.text(r, OWL.versionInfo),
                g.related(r, DR.ownedBy, DR.ownerOf),
                g.relatedOne(r, DR.producedBy, DR.produces),
                g.illustrative(r),
                g.related(r, OSLCRM.specifies, OSLCRM.specifiedBy),
                g.related(r, DR.describes, DR.describedBy),
                g.related(r, DR.dependsOn, DR.dependencyOf));
    }
}
