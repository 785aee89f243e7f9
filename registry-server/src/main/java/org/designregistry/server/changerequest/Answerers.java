package org.designregistry.server.changerequest;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.resource.Resources;

/**
 * Who answers for which parties: the IRIs of the workstreams and working groups whose impacted
 * items a user triages, from {@code registry.change-requests.answerers}. References are resolved
 * when asked, so a party loaded after the server started counts; one that names nothing is left
 * out.
 */
final class Answerers {

    private final ChangeRequestProperties properties;
    private final Resources resources;

    Answerers(ChangeRequestProperties properties, Resources resources) {
        this.properties = properties;
        this.resources = resources;
    }

    /** Returns the IRIs of the parties the user answers for; empty for anyone not configured. */
    Set<String> partiesOf(String user) {
        List<String> parties = properties.answerers().getOrDefault(user, List.of());
        return parties.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(this::iri)
                .filter(iri -> !iri.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private String iri(String party) {
        if (party.startsWith("http://") || party.startsWith("https://")) {
            return party;
        }
        try {
            return resources.resolve(Ref.parse(party));
        } catch (RuntimeException e) {
            // A party that names nothing (or several) answers for nothing.
            return "";
        }
    }
}
