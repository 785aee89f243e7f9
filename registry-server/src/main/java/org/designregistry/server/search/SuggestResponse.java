package org.designregistry.server.search;

import java.util.List;
import org.designregistry.model.search.Suggestion;

/**
 * The JSON answer of {@code GET /api/suggest}.
 *
 * @param query the text typed so far
 * @param suggestions the resources it may be the start of, best first
 */
record SuggestResponse(String query, List<Item> suggestions) {

    /** One suggestion; {@code typeLabel} names its type for a person, {@code type} for a tool. */
    record Item(String identifier, String label, String type, String typeLabel, String iri) {}

    static SuggestResponse of(String query, List<Suggestion> suggestions) {
        return new SuggestResponse(
                query,
                suggestions.stream()
                        .map(
                                s ->
                                        new Item(
                                                s.identifier(),
                                                s.label(),
                                                s.type(),
                                                s.typeLabel(),
                                                s.iri()))
                        .toList());
    }
}
