package org.designregistry.server.suspect;

import java.util.List;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.suspect.SuspectLink;
import org.designregistry.server.web.PageLinks;

/**
 * A suspect link for the API.
 *
 * @param id its id, for clearing it
 * @param subject the subject of the link as the data states it
 * @param relation the relation's prefixed name, such as {@code dr:carries}
 * @param relationLabel the relation's label
 * @param object the object of the link as the data states it
 * @param changed the end that changed after it was approved or baselined
 * @param dependant the end that depends on it, to review
 * @param owners the owners of the dependant
 * @param since the change that first made it suspect
 * @param changes every change that made it suspect, oldest first
 */
record SuspectLinkResponse(
        String id,
        End subject,
        String relation,
        String relationLabel,
        End object,
        End changed,
        End dependant,
        List<End> owners,
        long since,
        List<Long> changes) {

    /**
     * One end of a link, or an owner.
     *
     * @param iri its IRI
     * @param identifier its identifier, or empty
     * @param label its label
     * @param page its page on this server
     */
    record End(String iri, String identifier, String label, String page) {

        static End of(ResourceRef ref, PageLinks pages) {
            return new End(ref.iri(), ref.identifier(), ref.label(), pages.resource(ref));
        }
    }

    static SuspectLinkResponse of(SuspectLink link, PageLinks pages) {
        return new SuspectLinkResponse(
                link.id(),
                End.of(link.subject(), pages),
                link.relation().name(),
                link.relation().label(),
                End.of(link.object(), pages),
                End.of(link.changed(), pages),
                End.of(link.dependant(), pages),
                link.owners().stream().map(o -> End.of(o, pages)).toList(),
                link.since(),
                link.changes());
    }
}
