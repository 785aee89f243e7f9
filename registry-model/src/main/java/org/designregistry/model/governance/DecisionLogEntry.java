package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;

/**
 * One decision as the Assumptions and Decisions Log lists it.
 *
 * @param decision the decision
 * @param date its day, if recorded
 * @param body the body that made it
 * @param level its decision level
 * @param meeting the meeting it was made at, if recorded
 * @param outcome its outcome
 * @param subjects what it approved, rejected or referred
 * @param rationale why ({@code dr:rationale}, else the decision's comment)
 * @param conditions its conditions, met or open
 * @param publicationDue when it must be published (counted from its meeting), if it has a day
 * @param published when it was published ({@code dcterms:issued}), if it was
 * @param illustrative whether the data marks it as illustrative
 */
public record DecisionLogEntry(
        ResourceRef decision,
        Optional<LocalDate> date,
        ResourceRef body,
        Concept level,
        Optional<ResourceRef> meeting,
        Concept outcome,
        List<ResourceRef> subjects,
        String rationale,
        List<Condition> conditions,
        Optional<LocalDate> publicationDue,
        Optional<LocalDate> published,
        boolean illustrative) {

    /** Returns the conditions as one text: each with "(met yyyy-mm-dd)" or "(open)". */
    public String conditionsText() {
        return String.join(
                "; ",
                conditions.stream()
                        .map(
                                c ->
                                        c.description()
                                                + c.metOn()
                                                        .map(d -> " (met " + d + ")")
                                                        .orElse(" (open)"))
                        .toList());
    }
}
