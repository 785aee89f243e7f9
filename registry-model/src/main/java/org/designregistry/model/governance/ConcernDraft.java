package org.designregistry.model.governance;

import java.util.Objects;

/**
 * A concern a party raises with a decision, through its constituency.
 *
 * @param decision the decision's IRI
 * @param constituency the IRI of the constituency that voices it
 * @param description what the concern is; not blank
 */
public record ConcernDraft(String decision, String constituency, String description) {

    /** Checks the parts. */
    public ConcernDraft {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(constituency, "constituency");
        description = Texts.required(description, "description");
    }
}
