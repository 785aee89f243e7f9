package org.designregistry.model.catalog;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.ontology.DR;

/**
 * A workstream of the programme ({@code dr:Workstream}), such as Smart or Registrations.
 *
 * @param iri its IRI
 * @param identifier its {@code dcterms:identifier}, or empty text
 * @param label its {@code rdfs:label}
 * @param owns what it owns ({@code dr:ownerOf} or {@code ^dr:ownedBy})
 * @param illustrative true when it is invented or inferred for illustration
 */
public record Workstream(
        String iri, String identifier, String label, List<ResourceRef> owns, boolean illustrative) {

    /** Copies the list. */
    public Workstream {
        owns = List.copyOf(owns);
    }

    static Workstream read(GraphReader g, Resource r) {
        return new Workstream(
                r.getURI(),
                g.text(r, DCTerms.identifier),
                g.text(r, RDFS.label),
                g.related(r, DR.ownerOf, DR.ownedBy),
                g.illustrative(r));
    }
}
