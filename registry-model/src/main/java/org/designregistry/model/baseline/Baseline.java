package org.designregistry.model.baseline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A frozen baseline: a name for the registry graph exactly as it stood just after one recorded
 * change, with who froze it, when, why and, if given, the decision that approved it.
 *
 * @param name its name, the {@code dcterms:identifier} of its resource, such as {@code IR1} or
 *     {@code Design-Baseline-1}
 * @param iri the IRI of its resource in the registry graph
 * @param label its label
 * @param description what it is for, if said
 * @param change the number of the last change it holds (0: the registry before any change)
 * @param created when it was frozen
 * @param creator who froze it (a user or token name, {@code cli:<name>} from the command line)
 * @param decision the IRI of the decision that approved it, if one did
 */
public record Baseline(
        String name,
        String iri,
        String label,
        Optional<String> description,
        long change,
        Instant created,
        String creator,
        Optional<String> decision) {

    /** Checks that no part is null. */
    public Baseline {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(decision, "decision");
    }
}
