package org.designregistry.model.catalog;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.designregistry.model.internal.ResourceReader;
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

    static Artefact read(ResourceReader g, Node n) {
        Optional<Node> type = g.object(n, DR.artefactType);
        return new Artefact(
                n.getURI(),
                g.identifier(n),
                g.text(n, DCTerms.title),
                type.map(g::concept).orElse(Concept.NONE),
                type.flatMap(t -> g.concept(t, DR.phase)).orElse(Concept.NONE),
                g.concept(n, DR.status).orElse(Concept.NONE),
                g.text(n, OWL.versionInfo),
                g.related(n, DR.ownedBy, DR.ownerOf),
                g.related(n, DR.producedBy, DR.produces).stream().findFirst(),
                g.illustrative(n),
                g.related(n, OSLCRM.specifies, OSLCRM.specifiedBy),
                g.related(n, DR.describes, DR.describedBy),
                g.related(n, DR.dependsOn, DR.dependencyOf));
    }
}
