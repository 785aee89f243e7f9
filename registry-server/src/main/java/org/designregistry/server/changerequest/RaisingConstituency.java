package org.designregistry.server.changerequest;

import java.util.Optional;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.model.resource.Resources;

/** Resolves the constituency a change request is raised by, given as a reference or an IRI. */
final class RaisingConstituency {

    private RaisingConstituency() {}

    /**
     * Returns the IRI the text names, or empty for blank text.
     *
     * @throws RegistryException if it is a reference that names nothing
     */
    static Optional<String> resolve(Resources resources, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String given = text.strip();
        if (given.startsWith("http://") || given.startsWith("https://")) {
            return Optional.of(given);
        }
        try {
            return Optional.of(resources.resolve(Ref.parse(given)));
        } catch (ResourceNotFoundException e) {
            throw new RegistryException(
                    "The constituency '"
                            + given
                            + "' names no resource of the registry: "
                            + e.getMessage());
        }
    }
}
