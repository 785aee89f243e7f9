package org.designregistry.server.governance;

import java.util.Locale;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.resource.Resources;
import org.springframework.stereotype.Component;

/**
 * Turns what a client names a resource by into its IRI: a full IRI, a reference such as {@code
 * artefact:DES138}, or a bare identifier taken as of the kind the field expects.
 */
@Component
public class WorkflowRefs {

    private final Resources resources;

    /** Resolves references against {@code resources}. */
    public WorkflowRefs(Resources resources) {
        this.resources = resources;
    }

    /**
     * Returns the IRI of the resource {@code text} names.
     *
     * @throws RegistryException naming the field when it is blank, or the reference breaks the
     *     grammar
     */
    public String iri(String text, Ref.Kind expected, String field) {
        if (text == null || text.isBlank()) {
            throw new RegistryException(
                    "Missing "
                            + field
                            + ": give a reference such as "
                            + expected.kindName()
                            + ":ID or an IRI");
        }
        String value = text.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return value;
        }
        Ref ref = Ref.parse(value);
        return resources.resolve(ref.kind().isPresent() ? ref : Ref.of(expected, ref.identifier()));
    }
}
