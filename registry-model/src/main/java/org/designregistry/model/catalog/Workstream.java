package org.designregistry.model.catalog;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.internal.ResourceReader;
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

    static Workstream read(ResourceReader g, Node n) {
        return new Workstream(
                n.getURI(),
                g.identifier(n),
                g.text(n, RDFS.label),
                g.related(n, DR.ownerOf, DR.ownedBy),
                g.illustrative(n));
    }
}
