package org.designregistry.model.governance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.RegistryException;

/**
 * A working group's recommendation to submit: the subjects (artefacts, change requests or
 * governance documents) put to a body, a summary and what the group recommends.
 *
 * @param body the IRI of the body that must decide
 * @param subjects the IRIs of the subjects, at least one
 * @param summary what the recommendation is about; not blank
 * @param proposal what the working group recommends the body decide; not blank
 * @param title the recommendation's name; a name is made from the subjects when empty
 */
public record RecommendationDraft(
        String body,
        List<String> subjects,
        String summary,
        String proposal,
        Optional<String> title) {

    /**
     * Checks the parts.
     *
     * @throws RegistryException when there is no subject, or the summary or proposal is blank
     */
    public RecommendationDraft {
        Objects.requireNonNull(body, "body");
        subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
        if (subjects.isEmpty()) {
            throw new RegistryException("A recommendation needs at least one subject (subjects)");
        }
        summary = Texts.required(summary, "summary");
        proposal = Texts.required(proposal, "proposal");
        title = Objects.requireNonNull(title, "title").filter(t -> !t.isBlank()).map(String::strip);
    }
}
