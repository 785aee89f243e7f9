package org.designregistry.model.baseline;

import java.util.Objects;
import java.util.Optional;

/**
 * What a new baseline is to be called and why.
 *
 * @param name its name, such as {@code Design Baseline 1} or {@code IR8.8}; spaces become hyphens
 *     in its identifier
 * @param label its label, or empty for the name
 * @param description what it is for, or empty
 * @param decision the IRI of the decision that approved it, or empty
 */
public record BaselineDraft(
        String name,
        Optional<String> label,
        Optional<String> description,
        Optional<String> decision) {

    /** Checks that no part is null and drops blank optional parts. */
    public BaselineDraft {
        Objects.requireNonNull(name, "name");
        label = Objects.requireNonNull(label, "label").filter(v -> !v.isBlank()).map(String::strip);
        description =
                Objects.requireNonNull(description, "description")
                        .filter(v -> !v.isBlank())
                        .map(String::strip);
        decision = Objects.requireNonNull(decision, "decision").filter(v -> !v.isBlank());
    }

    /** Returns a draft with only a name. */
    public static BaselineDraft named(String name) {
        return new BaselineDraft(name, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Returns this draft with a description. */
    public BaselineDraft withDescription(String text) {
        return new BaselineDraft(name, label, Optional.ofNullable(text), decision);
    }

    /** Returns this draft with the IRI of its approving decision. */
    public BaselineDraft withDecision(String iri) {
        return new BaselineDraft(name, label, description, Optional.ofNullable(iri));
    }
}
