package org.designregistry.model.catalog;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.OSLCRM;

/**
 * An interface ({@code dr:Interface}): a message flow from one market role to another, such as
 * IF-041.
 *
 * @param iri its IRI
 * @param identifier its {@code dcterms:identifier}, such as {@code IF-041}
 * @param label its {@code rdfs:label}
 * @param senders the market roles that send it ({@code dr:sentBy} or {@code ^dr:sends})
 * @param receivers the market roles that receive it ({@code dr:receivedBy} or {@code ^dr:receives})
 * @param carries the data items it carries ({@code dr:carries} or {@code ^dr:carriedBy})
 * @param events the events that trigger it ({@code dr:triggeredBy} or {@code ^dr:triggers})
 * @param usedBy the processes that use it ({@code dr:usedBy} or {@code ^dr:uses})
 * @param publications its publications ({@code dr:publishedAs} or {@code ^dr:publicationOf})
 * @param satisfies the requirements it satisfies ({@code oslc_rm:satisfies} or {@code
 *     ^oslc_rm:satisfiedBy})
 * @param specifiedBy the artefacts that specify it ({@code oslc_rm:specifiedBy} or {@code
 *     ^oslc_rm:specifies})
 * @param describedBy the artefacts that describe it ({@code dr:describedBy} or {@code
 *     ^dr:describes})
 * @param illustrative true when it is invented or inferred for illustration
 */
public record Interface(
        String iri,
        String identifier,
        String label,
        List<ResourceRef> senders,
        List<ResourceRef> receivers,
        List<ResourceRef> carries,
        List<ResourceRef> events,
        List<ResourceRef> usedBy,
        List<ResourceRef> publications,
        List<ResourceRef> satisfies,
        List<ResourceRef> specifiedBy,
        List<ResourceRef> describedBy,
        boolean illustrative) {

    /** Copies the lists. */
    public Interface {
        senders = List.copyOf(senders);
        receivers = List.copyOf(receivers);
        carries = List.copyOf(carries);
        events = List.copyOf(events);
        usedBy = List.copyOf(usedBy);
        publications = List.copyOf(publications);
        satisfies = List.copyOf(satisfies);
        specifiedBy = List.copyOf(specifiedBy);
        describedBy = List.copyOf(describedBy);
    }

    static Interface read(ResourceReader g, Node n) {
        return new Interface(
                n.getURI(),
                g.identifier(n),
                g.text(n, RDFS.label),
                g.related(n, DR.sentBy, DR.sends),
                g.related(n, DR.receivedBy, DR.receives),
                g.related(n, DR.carries, DR.carriedBy),
                g.related(n, DR.triggeredBy, DR.triggers),
                g.related(n, DR.usedBy, DR.uses),
                g.related(n, DR.publishedAs, DR.publicationOf),
                g.related(n, OSLCRM.satisfies, OSLCRM.satisfiedBy),
                g.related(n, OSLCRM.specifiedBy, OSLCRM.specifies),
                g.related(n, DR.describedBy, DR.describes),
                g.illustrative(n));
    }
}
