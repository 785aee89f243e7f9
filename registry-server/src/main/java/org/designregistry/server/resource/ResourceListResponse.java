package org.designregistry.server.resource;

import java.util.List;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.resource.ResourcePage;
import org.designregistry.model.resource.ResourceSummary;
import org.designregistry.server.linkeddata.LocalUrls;
import org.designregistry.server.resource.ResourceResponse.TermResponse;

/**
 * A page of a resource list.
 *
 * @param items the resources on this page, by identifier, label and IRI
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems how many resources match, over all pages
 * @param totalPages how many pages there are
 */
record ResourceListResponse(
        List<Item> items, int page, int size, long totalItems, long totalPages) {

    /**
     * One resource of the list.
     *
     * @param iri its IRI
     * @param ref its reference, or null when it has no identifier
     * @param identifier its identifier, or empty
     * @param label its label
     * @param kind its kind, or null
     * @param type its main type
     * @param status its status, or null
     * @param artefactType its artefact type, or null
     * @param phase its phase, or null
     * @param workstreams the identifiers (else labels) of the workstreams that own it
     * @param url its page on this server, or null
     */
    record Item(
            String iri,
            String ref,
            String identifier,
            String label,
            String kind,
            TermResponse type,
            TermResponse status,
            TermResponse artefactType,
            TermResponse phase,
            List<String> workstreams,
            String url) {

        static Item of(ResourceSummary s, LocalUrls urls) {
            return new Item(
                    s.iri(),
                    s.identifier().isEmpty()
                            ? null
                            : s.kind()
                                    .map(k -> Ref.of(k, s.identifier()))
                                    .orElseGet(() -> Ref.of(s.identifier()))
                                    .toString(),
                    s.identifier(),
                    s.label(),
                    s.kind().map(Ref.Kind::kindName).orElse(null),
                    s.type().iri().isEmpty() ? null : TermResponse.of(s.type()),
                    s.status().map(TermResponse::of).orElse(null),
                    s.artefactType().map(TermResponse::of).orElse(null),
                    s.phase().map(TermResponse::of).orElse(null),
                    s.owners().stream().map(Item::name).toList(),
                    urls.path(s.iri()).orElse(null));
        }

        private static String name(ResourceRef ref) {
            return ref.identifier().isEmpty() ? ref.label() : ref.identifier();
        }
    }

    static ResourceListResponse of(ResourcePage page, LocalUrls urls) {
        return new ResourceListResponse(
                page.items().stream().map(s -> Item.of(s, urls)).toList(),
                page.page(),
                page.size(),
                page.total(),
                page.pages());
    }
}
