package org.designregistry.server.baseline;

import org.designregistry.model.baseline.Baseline;
import org.designregistry.server.linkeddata.LocalUrls;

/**
 * One frozen baseline.
 *
 * @param name its name (its identifier)
 * @param label its label
 * @param description what it is for, or null
 * @param change the number of the last change it holds
 * @param created when it was frozen, ISO-8601 in UTC
 * @param creator who froze it
 * @param decision the IRI of the decision that approved it, or null
 * @param iri the IRI of its resource
 * @param href its address in this API; {@code ?format=ttl} exports it
 * @param page its page
 */
record BaselineResponse(
        String name,
        String label,
        String description,
        long change,
        String created,
        String creator,
        String decision,
        String iri,
        String href,
        String page) {

    static BaselineResponse of(Baseline b, LocalUrls urls) {
        return new BaselineResponse(
                b.name(),
                b.label(),
                b.description().orElse(null),
                b.change(),
                b.created().toString(),
                b.creator(),
                b.decision().orElse(null),
                b.iri(),
                BaselinePaths.api(b.name()),
                BaselinePaths.page(b.name()));
    }
}
