package org.designregistry.server.history;

import java.util.function.UnaryOperator;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.history.ChangeQuery;
import org.designregistry.model.history.ChangeQuery.ChangeBound;
import org.designregistry.model.resource.Resources;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a list of changes, as the API, the Atom feed and the changes page take them from
 * the query string: {@code resource} (a reference such as {@code artefact:DES138}, or an IRI),
 * {@code user}, {@code route}, {@code since} and {@code until} (a change number or an ISO-8601
 * time, inclusive) and {@code changeRequest}. Blank values count as absent, as an empty form field
 * sends them.
 *
 * @param resource a reference or IRI of a resource the changes touched, or null
 * @param user the principal that made them, or null
 * @param route the route they came by, or null
 * @param since the earliest change, or null
 * @param until the latest change, or null
 * @param changeRequest the change request they were made for, or null
 */
public record ChangeFilter(
        String resource,
        String user,
        String route,
        String since,
        String until,
        String changeRequest) {

    /** Blanks become null. */
    public ChangeFilter {
        resource = blankToNull(resource);
        user = blankToNull(user);
        route = blankToNull(route);
        since = blankToNull(since);
        until = blankToNull(until);
        changeRequest = blankToNull(changeRequest);
    }

    /** Returns the filter that lets every change through. */
    public static ChangeFilter none() {
        return new ChangeFilter(null, null, null, null, null, null);
    }

    /**
     * Returns the query for one page of the changes this filter lets through.
     *
     * @param resolver turns the resource's reference or IRI into its IRI
     * @throws org.designregistry.model.RegistryException naming the parameter that is wrong
     */
    public ChangeQuery query(UnaryOperator<String> resolver, int page, int size) {
        ChangeQuery query =
                ChangeQuery.all()
                        .withPage(page, size)
                        .withUser(user)
                        .withRoute(route)
                        .withChangeRequest(changeRequest)
                        .withSince(since == null ? null : ChangeBound.parse(since))
                        .withUntil(until == null ? null : ChangeBound.parse(until));
        return resource == null ? query : query.withResource(resolver.apply(resource));
    }

    /**
     * Returns the resolver of a resource filter over {@code resources}: an IRI stands for itself
     * (it need not be described any more), a reference names the resource it resolves to.
     */
    public static UnaryOperator<String> resolver(Resources resources) {
        return refOrIri ->
                refOrIri.contains("://") || refOrIri.startsWith("urn:")
                        ? refOrIri
                        : resources.resolve(Ref.parse(refOrIri));
    }

    /** Returns this filter for the changes that touched a resource. */
    public ChangeFilter withResource(String refOrIri) {
        return new ChangeFilter(refOrIri, user, route, since, until, changeRequest);
    }

    /** Returns true when no filter is set. */
    public boolean isEmpty() {
        return equals(none());
    }

    /** Returns {@code path} with this filter's parameters, and {@code page} when above 0. */
    public String link(String path, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        add(link, "resource", resource);
        add(link, "user", user);
        add(link, "route", route);
        add(link, "since", since);
        add(link, "until", until);
        add(link, "changeRequest", changeRequest);
        if (page > 0) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder link, String name, String value) {
        if (value != null) {
            link.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
