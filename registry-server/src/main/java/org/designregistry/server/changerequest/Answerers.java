package org.designregistry.server.changerequest;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.governance.Governance;
import org.designregistry.model.resource.Resources;

/**
 * Who answers for which parties: the IRIs of the workstreams, working groups and bodies whose
 * impacted items a user triages. They come from the graph: the groups the person with that user
 * name is a member of ({@code org:memberOf}, read by {@link Governance#groupsOf}), so that editing
 * the organisation edits who answers, as a recorded change. {@code
 * registry.change-requests.answerers} adds parties for a user on top of those, for someone who
 * covers a group without being its member, or a user the graph does not describe. References are
 * resolved when asked, so a party loaded after the server started counts; one that names nothing is
 * left out.
 */
final class Answerers {

    private final ChangeRequestProperties properties;
    private final Resources resources;
    private final Governance governance;

    Answerers(ChangeRequestProperties properties, Resources resources, Governance governance) {
        this.properties = properties;
        this.resources = resources;
        this.governance = governance;
    }

    /**
     * Returns the IRIs of the parties the user answers for: their groups, then the configured
     * extras; empty for a user who is a member of nothing and not configured.
     */
    Set<String> partiesOf(String user) {
        Set<String> parties = new LinkedHashSet<>(governance.groupsOf(user));
        properties.answerers().getOrDefault(user, List.of()).stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(this::iri)
                .filter(iri -> !iri.isEmpty())
                .forEach(parties::add);
        return Collections.unmodifiableSet(parties);
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
