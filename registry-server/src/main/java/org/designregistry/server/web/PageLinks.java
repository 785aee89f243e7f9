package org.designregistry.server.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.vocabulary.Vocabulary;
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
 *   <li>{@code /trace/matrix?rows=&cols=&via=} :: the traceability matrix of two kinds; {@code
 *       /api/trace/matrix} with the same parameters and {@code format=csv|md} downloads it; {@code
 *       page=} and {@code colpage=} page its rows and columns. {@code /trace/gaps} :: coverage
 *       gaps; {@code ?check=} one check's gaps, paged by {@code page=}.
 *   <li>{@code /search?q=} :: full-text search, with facet filters {@code type=}, {@code
 *       workstream=}, {@code status=}, {@code phase=}, {@code illustrative=} (each repeatable) and
 *       {@code page=}.
 *   <li>{@code /vocabulary} :: the terms; {@code /vocabulary/term?iri=} :: one concept, class,
 *       relation or property, and the resources that use it ({@code page=}).
 *   <li>{@code /impact?from={kind}:{identifier}} :: impact analysis from a resource (or from the
 *       best hits of {@code q=}), with {@code direction=}, {@code depth=} and {@code relations=}
 *       (repeated); {@code /api/impact} with the same parameters and {@code format=csv|md}
 *       downloads the report.
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

    /** Returns true when the IRI names a term of the registry's ontology or concept schemes. */
    public boolean isTerm(String iri) {
        return Vocabulary.isTerm(iri);
    }

    /** Returns the page of a term of the ontology or the concept schemes. */
    public String term(String iri) {
        return term(iri, 1);
    }

    /** Returns a page of a term's page: the resources that use it, page {@code page} (from 1). */
    public String term(String iri, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/vocabulary/term");
        List<String> values = new ArrayList<>();
        add(uri, values, "iri", iri);
        if (page > 1) {
            add(uri, values, "page", Integer.toString(page));
        }
        return uri.encode().buildAndExpand(values.toArray()).toUriString();
    }

    /**
     * Returns where a value that is an IRI links to: a term's page for a term of the registry's
     * vocabulary, else the IRI itself (a document elsewhere).
     */
    public String value(String iri) {
        return isTerm(iri) ? term(iri) : iri;
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

    /**
     * Returns a page of a search, such as {@code /search?q=GSP&type=DataItem&page=2}: the text, the
     * facet filters by facet key, and the page (left out when 1).
     */
    public String search(String q, Map<String, ? extends Collection<String>> filters, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
        List<String> values = new ArrayList<>();
        add(uri, values, "q", q);
        filters.forEach((facet, chosen) -> chosen.forEach(v -> add(uri, values, facet, v)));
        if (page > 1) {
            add(uri, values, "page", Integer.toString(page));
        }
        return uri.encode().buildAndExpand(values.toArray()).toUriString();
    }

    /**
     * Returns the traceability matrix of two kinds, as the page ({@code format} null) or as a
     * download ({@code csv}, {@code md}), such as {@code
     * /trace/matrix?rows=requirement&cols=process}; blank values are left out.
     */
    public String traceMatrix(String rows, String cols, String via, String format) {
        UriComponentsBuilder uri =
                UriComponentsBuilder.fromPath(
                        format == null ? "/trace/matrix" : "/api/trace/matrix");
        List<String> values = new ArrayList<>();
        add(uri, values, "rows", rows);
        add(uri, values, "cols", cols);
        add(uri, values, "via", via);
        add(uri, values, "format", format);
        return uri.encode().buildAndExpand(values.toArray()).toUriString();
    }

    /**
     * Returns a page of the traceability matrix page: {@code rowPage} of its rows by {@code
     * columnPage} of its columns (each left out when 1).
     */
    public String traceMatrixPage(
            String rows, String cols, String via, int rowPage, int columnPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/trace/matrix");
        List<String> values = new ArrayList<>();
        add(uri, values, "rows", rows);
        add(uri, values, "cols", cols);
        add(uri, values, "via", via);
        if (rowPage > 1) {
            add(uri, values, "page", Integer.toString(rowPage));
        }
        if (columnPage > 1) {
            add(uri, values, "colpage", Integer.toString(columnPage));
        }
        return uri.encode().buildAndExpand(values.toArray()).toUriString();
    }

    /**
     * Returns the impact report of a query as a download, such as {@code
     * /api/impact?from=DI-037&direction=downstream&format=csv}; blank values are left out.
     */
    public String impactReport(
            String from,
            String q,
            String direction,
            String depth,
            List<String> relations,
            String format) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/impact");
        List<String> values = new ArrayList<>();
        add(uri, values, "from", from);
        add(uri, values, "q", q);
        add(uri, values, "direction", direction);
        add(uri, values, "depth", depth);
        if (relations != null) {
            relations.forEach(r -> add(uri, values, "relations", r));
        }
        add(uri, values, "format", format);
        // Values go in as variables, so that '&', '+' and '#' in them are encoded too.
        return uri.encode().buildAndExpand(values.toArray()).toUriString();
    }

    private static void add(
            UriComponentsBuilder uri, List<String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, "{v" + values.size() + "}");
            values.add(value.strip());
        }
    }
}
