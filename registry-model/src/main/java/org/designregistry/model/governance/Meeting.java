package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.designregistry.model.catalog.ResourceRef;

/**
 * A meeting of a governing body: its day, who attended by seat and constituency, its agenda of
 * recommendations and the decisions it recorded.
 *
 * @param ref the meeting
 * @param body the body whose meeting it is
 * @param date its day
 * @param attendees the seats whose holders attended
 * @param agenda the recommendations on its agenda, decided or not
 * @param decisions the decisions made at it
 * @param illustrative whether the data marks it as illustrative
 */
public record Meeting(
        ResourceRef ref,
        ResourceRef body,
        LocalDate date,
        List<Attendee> attendees,
        List<Recommendation> agenda,
        List<ResourceRef> decisions,
        boolean illustrative) {

    /**
     * An attendee: a seat on the body, the constituency it represents and the organisation that
     * holds it, where recorded.
     */
    public record Attendee(
            ResourceRef post, Optional<ResourceRef> constituency, Optional<ResourceRef> holder) {}
}
