package org.designregistry.model.changerequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;

/**
 * A change request as the registry holds it: what it asks, who raised it, what it affects, its
 * frozen impact assessment and the triage of each item.
 *
 * @param iri its IRI
 * @param identifier its identifier, such as {@code CR004}
 * @param title what it asks, in a line
 * @param reason why it is needed; may be empty
 * @param raiser who raised it; may be empty for one loaded from data
 * @param constituency the constituency that raised it, if recorded
 * @param status its status, or {@link Concept#NONE}
 * @param affects the resources it would change
 * @param raised when it was raised, if recorded
 * @param deadline the day by which the impacted parties must answer, if set
 * @param impact its frozen impact assessment; empty until one is made
 * @param triage each triaged item's latest mark, by item IRI
 */
public record ChangeRequest(
        String iri,
        String identifier,
        String title,
        String reason,
        String raiser,
        Optional<ResourceRef> constituency,
        Concept status,
        List<ResourceRef> affects,
        Optional<Instant> raised,
        Optional<LocalDate> deadline,
        Optional<FrozenImpact> impact,
        Map<String, Triage> triage) {

    /** Copies the lists and map. */
    public ChangeRequest {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(raiser, "raiser");
        Objects.requireNonNull(constituency, "constituency");
        Objects.requireNonNull(status, "status");
        affects = List.copyOf(affects);
        Objects.requireNonNull(raised, "raised");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(impact, "impact");
        triage = Map.copyOf(triage);
    }

    /** Returns the latest triage of an impacted item, if it has one. */
    public Optional<Triage> triageOf(String itemIri) {
        return Optional.ofNullable(triage.get(itemIri));
    }

    /** Returns the number of items of the frozen assessment that have been triaged. */
    public int triaged() {
        return impact.map(
                        i ->
                                (int)
                                        i.items().stream()
                                                .filter(t -> triage.containsKey(t.iri()))
                                                .count())
                .orElse(0);
    }

    /** Returns the number of items of the frozen assessment, 0 without one. */
    public int items() {
        return impact.map(i -> i.items().size()).orElse(0);
    }

    /** Returns the untriaged items of the frozen assessment, nearest first. */
    public List<FrozenItem> untriaged() {
        return impact.map(
                        i -> i.items().stream().filter(t -> !triage.containsKey(t.iri())).toList())
                .orElse(List.of());
    }
}
