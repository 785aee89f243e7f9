package org.designregistry.server.baseline;

import java.util.Optional;
import org.designregistry.model.baseline.BaselineDraft;

/**
 * A baseline to freeze.
 *
 * @param name its name, such as {@code Design Baseline 1} or {@code IR8.8}
 * @param label its label (default: the name)
 * @param description what it is for
 * @param decision a reference to the decision that approved it, such as {@code
 *     decision:DAG-2022-03-31-01}
 */
record BaselineRequest(String name, String label, String description, String decision) {

    /** Returns the draft, with the decision's IRI as resolved by the caller. */
    BaselineDraft toDraft(Optional<String> decisionIri) {
        return new BaselineDraft(
                name == null ? "" : name,
                Optional.ofNullable(label),
                Optional.ofNullable(description),
                decisionIri);
    }
}
