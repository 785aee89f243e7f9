package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;

/**
 * A recommendation as the registry holds it.
 *
 * @param ref the recommendation
 * @param body the body it was submitted to
 * @param group the working group that submitted it, if recorded
 * @param subjects what it puts to the body, each with its status now
 * @param summary what it is about
 * @param proposal what the working group recommends
 * @param submitted the day it was submitted, if recorded
 * @param atChange the recorded change at which its subjects were submitted (0 if not recorded)
 * @param meeting the meeting whose agenda holds it, if any
 * @param meetingDate that meeting's day
 * @param decision the decision that settled it, if any
 * @param outcome that decision's outcome
 * @param escalatedBy the decision that referred it here from a lower body, if any
 * @param delegatedTo the bodies it was delegated to
 * @param illustrative whether the data marks it as illustrative
 */
public record Recommendation(
        ResourceRef ref,
        ResourceRef body,
        Optional<ResourceRef> group,
        List<Subject> subjects,
        String summary,
        String proposal,
        Optional<LocalDate> submitted,
        long atChange,
        Optional<ResourceRef> meeting,
        Optional<LocalDate> meetingDate,
        Optional<ResourceRef> decision,
        Optional<Concept> outcome,
        Optional<ResourceRef> escalatedBy,
        List<ResourceRef> delegatedTo,
        boolean illustrative) {

    /** Returns true while no decision has settled it: it stays on its body's agenda. */
    public boolean open() {
        return decision.isEmpty();
    }

    /**
     * A subject of a recommendation with its status now.
     *
     * @param ref the artefact, change request or governance document
     * @param status its status, or {@link Concept#NONE}
     */
    public record Subject(ResourceRef ref, Concept status) {}
}
