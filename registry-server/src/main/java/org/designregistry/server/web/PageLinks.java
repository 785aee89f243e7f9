package org.designregistry.server.web;

import java.util.Optional;
import java.util.regex.Pattern;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the registry's pages, for templates ({@code #pages.resource(ref)}) and
 * controllers, so that every page links to a resource the same way.
 *
 * <ul>
 *   <li>{@code /} :: home.
 *   <li>{@code /browse} and {@code /browse/{kind}} :: lists, with filters {@code ?workstream=},
 *       {@code status=}, {@code phase=}, {@code type=} (and {@code kind=} on {@code /browse}) and
 *       {@code page=}.
 *   <li>{@code /resource/{kind}/{identifier}} :: a resource's page, kinds as in {@link Ref}; {@code
 *       /resource/{identifier}} finds it by identifier alone; {@code /resource?iri=} shows a
 *       resource without a kind or a plain identifier.
 *   <li>{@code /impact?from={kind}:{identifier}} :: impact analysis from a resource (to come).
 * </ul>
 */
public final class PageLinks {

    /** Identifiers that can stand in a path segment as they are. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._~-]+");

    /** Returns the page of a resource: by kind and identifier when it has both, else by IRI. */
    public String resource(ResourceRef resource) {
        return resource(resource.iri(), resource.ref());
    }

    /**
     * Returns the page of the resource with this IRI and reference: by kind and identifier when the
     * reference has both, else by IRI.
     */
    public String resource(String iri, Optional<Ref> ref) {
        if (ref.isPresent()
                && ref.get().kind().isPresent()
                && PLAIN.matcher(ref.get().identifier()).matches()) {
            return "/resource/" + ref.get().kind().get().kindName() + "/" + ref.get().identifier();
        }
        return iri(iri);
    }

    /**
     * Returns the page of the resource with this IRI, by IRI; that page redirects to the one by
     * kind and identifier when the resource has them.
     */
    public String iri(String iri) {
        return UriComponentsBuilder.fromPath("/resource")
                .queryParam("iri", iri)
                .encode()
                .toUriString();
    }

    /** Returns the list of one kind of resource, such as {@code /browse/data-item}. */
    public String browse(String kindName) {
        return UriComponentsBuilder.fromPath("/browse/{kind}")
                .buildAndExpand(kindName)
                .encode()
                .toUriString();
    }

    /**
     * Returns the list of every resource whose facet has a value, such as {@code
     * /browse?status=Draft}.
     */
    public String filter(String facet, String key) {
        return UriComponentsBuilder.fromPath("/browse")
                .queryParam(facet, key)
                .encode()
                .toUriString();
    }

    /** Returns the impact analysis page that starts from a resource. */
    public String impact(ResourceRef resource) {
        return UriComponentsBuilder.fromPath("/impact")
                .queryParam("from", resource.ref().map(Ref::toString).orElse(resource.iri()))
                .encode()
                .toUriString();
    }
}
