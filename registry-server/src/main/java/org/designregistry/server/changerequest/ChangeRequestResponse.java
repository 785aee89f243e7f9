package org.designregistry.server.changerequest;

import java.util.List;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.changerequest.ChangeRequest;
import org.designregistry.model.changerequest.FrozenImpact;

/**
 * A change request in the API's list and after raising it.
 *
 * @param identifier such as CR004
 * @param iri its IRI
 * @param title what it asks
 * @param reason why
 * @param raiser who raised it
 * @param constituency the constituency that raised it, or null
 * @param status its status label
 * @param affects the resources it would change
 * @param raised when, or null
 * @param deadline the day by which impacted parties must answer, or null
 * @param assessedAtChange the change its frozen assessment was computed on, or null without one
 * @param triaged how many impacted items are triaged
 * @param items how many impacted items there are
 * @param page its page
 * @param pack its pack in the API
 */
public record ChangeRequestResponse(
        String identifier,
        String iri,
        String title,
        String reason,
        String raiser,
        Party constituency,
        String status,
        List<Party> affects,
        String raised,
        String deadline,
        Long assessedAtChange,
        int triaged,
        int items,
        String page,
        String pack) {

    /**
     * A resource named in a response.
     *
     * @param identifier its identifier, or empty
     * @param label its label
     * @param iri its IRI
     */
    public record Party(String identifier, String label, String iri) {
        static Party of(ResourceRef ref) {
            return ref.isPresent() ? new Party(ref.identifier(), ref.label(), ref.iri()) : null;
        }

        static List<Party> of(List<ResourceRef> refs) {
            return refs.stream().map(Party::of).toList();
        }
    }

    static ChangeRequestResponse of(ChangeRequest cr) {
        return new ChangeRequestResponse(
                cr.identifier(),
                cr.iri(),
                cr.title(),
                cr.reason(),
                cr.raiser(),
                cr.constituency().map(Party::of).orElse(null),
                cr.status().label(),
                Party.of(cr.affects()),
                cr.raised().map(Object::toString).orElse(null),
                cr.deadline().map(Object::toString).orElse(null),
                cr.impact().map(FrozenImpact::change).orElse(null),
                cr.triaged(),
                cr.items(),
                ChangeRequestPaths.page(cr.identifier()),
                ChangeRequestPaths.api(cr.identifier()) + "/pack");
    }
}
