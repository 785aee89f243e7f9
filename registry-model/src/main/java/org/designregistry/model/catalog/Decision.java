package org.designregistry.model.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.ontology.DR;

/**
 * A decision of a governing body ({@code dr:Decision}) on artefacts, change requests or governance
 * documents.
 *
 * @param iri its IRI
 * @param label its {@code rdfs:label}
 * @param outcome what it concluded ({@code dr:outcome})
 * @param level the governance level it was taken at ({@code dr:decisionLevel})
 * @param date the day it was taken ({@code dcterms:date}); empty only in data that breaks the
 *     shapes
 * @param publicationDue the day by which it must be published ({@code dr:publicationDue})
 * @param madeBy the body that made it ({@code dr:madeBy} or {@code ^dr:decided})
 * @param meeting the meeting it was made at ({@code dr:madeAt} or {@code ^dr:records})
 * @param approves what it approves ({@code dr:approves} or {@code ^dr:approvedBy})
 * @param rejects what it rejects ({@code dr:rejects} or {@code ^dr:rejectedBy})
 * @param refers what it refers for more work or upwards ({@code dr:refers} or {@code
 *     ^dr:referredBy})
 * @param illustrative true when it is invented or inferred for illustration
 */
public record Decision(
        String iri,
        String label,
        Concept outcome,
        Concept level,
        Optional<LocalDate> date,
        Optional<LocalDate> publicationDue,
        ResourceRef madeBy,
        Optional<ResourceRef> meeting,
        List<ResourceRef> approves,
        List<ResourceRef> rejects,
        List<ResourceRef> refers,
        boolean illustrative) {

    /** Copies the lists. */
    public Decision {
        approves = List.copyOf(approves);
        rejects = List.copyOf(rejects);
        refers = List.copyOf(refers);
    }

    static Decision read(ResourceReader g, Node n) {
        return new Decision(
                n.getURI(),
                g.text(n, RDFS.label),
                g.concept(n, DR.outcome).orElse(Concept.NONE),
                g.concept(n, DR.decisionLevel).orElse(Concept.NONE),
                g.date(n, DCTerms.date),
                g.date(n, DR.publicationDue),
                g.related(n, DR.madeBy, DR.decided).stream().findFirst().orElse(ResourceRef.NONE),
                g.related(n, DR.madeAt, DR.records).stream().findFirst(),
                g.related(n, DR.approves, DR.approvedBy),
                g.related(n, DR.rejects, DR.rejectedBy),
                g.related(n, DR.refers, DR.referredBy),
                g.illustrative(n));
    }
}
