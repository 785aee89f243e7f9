package org.designregistry.model.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
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

    static Decision read(GraphReader g, Resource r) {
        return new Decision(
                r.getURI(),
                g.text(r, RDFS.label),
                g.concept(r, DR.outcome),
                g.concept(r, DR.decisionLevel),
                g.date(r, DCTerms.date),
                g.date(r, DR.publicationDue),
                g.relatedOne(r, DR.madeBy, DR.decided).orElse(ResourceRef.NONE),
                g.relatedOne(r, DR.madeAt, DR.records),
                g.related(r, DR.approves, DR.approvedBy),
                g.related(r, DR.rejects, DR.rejectedBy),
                g.related(r, DR.refers, DR.referredBy),
                g.illustrative(r));
    }
}
