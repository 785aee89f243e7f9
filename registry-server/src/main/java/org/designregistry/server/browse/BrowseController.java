package org.designregistry.server.browse;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.designregistry.model.browse.ListColumn;
import org.designregistry.model.browse.ListQuery;
import org.designregistry.model.browse.Listing;
import org.designregistry.model.browse.Listing.Facet;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.catalog.Ref;
import org.designregistry.server.web.PageErrors;
import org.designregistry.server.web.Pagination;
import org.designregistry.server.web.SortLinks;
import org.designregistry.server.web.TableDownloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Lists of resources: {@code /browse} (every kind) and {@code /browse/{kind}}, narrowed by {@code
 * workstream}, {@code status}, {@code phase} and {@code type} (and {@code kind} on {@code
 * /browse}), each repeatable (any of the values given), sorted by {@code sort} (a column's key) and
 * {@code dir=desc}, with the columns of {@code columns} (repeatable; else those the kind's
 * resources have values for) and paged by {@code page} and {@code size}; a blank filter means any.
 * With {@code format=csv|xlsx} the same list downloads: every page of it, the same columns, in the
 * same order.
 */
@Controller
class BrowseController {

    private final RegistryBrowser browser;
    private final MessageSource messages;

    BrowseController(RegistryBrowser browser, MessageSource messages) {
        this.browser = browser;
        this.messages = messages;
    }

    @GetMapping(value = "/browse", params = "!format")
    String all(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + ListQuery.DEFAULT_SIZE) int size,
            HttpServletRequest request,
            Model model) {
        return page(shown(null, params, page, size), request, model);
    }

    @GetMapping(value = "/browse", params = "format")
    ResponseEntity<StreamingResponseBody> allDownload(
            @RequestParam MultiValueMap<String, String> params, @RequestParam String format) {
        return download(shown(null, params, 1, ListQuery.DEFAULT_SIZE), format);
    }

    @GetMapping(value = "/browse/{kind}", params = "!format")
    String kind(
            @PathVariable String kind,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + ListQuery.DEFAULT_SIZE) int size,
            HttpServletRequest request,
            Model model) {
        Ref.Kind chosen = PageErrors.kindNamed(kind);
        model.addAttribute("kind", chosen.kindName());
        return page(shown(chosen, params, page, size), request, model);
    }

    @GetMapping(value = "/browse/{kind}", params = "format")
    ResponseEntity<StreamingResponseBody> kindDownload(
            @PathVariable String kind,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam String format) {
        return download(
                shown(PageErrors.kindNamed(kind), params, 1, ListQuery.DEFAULT_SIZE), format);
    }

    /**
     * What a list shows: the query its parameters ask, its page and the columns.
     *
     * @param kind the kind of {@code /browse/{kind}}, or null on {@code /browse}
     */
    private record Shown(
            Ref.Kind kind,
            ListQuery query,
            Listing listing,
            List<ListColumn> columns,
            Map<Facet, Set<String>> filters) {}

    private Shown shown(Ref.Kind kind, MultiValueMap<String, String> params, int page, int size) {
        Map<Facet, Set<String>> filters = filters(params);
        if (kind != null) {
            filters.put(Facet.KIND, Set.of(kind.kindName()));
        }
        ListColumn sort = sortColumn(params.getFirst("sort"));
        boolean descending = "desc".equals(params.getFirst("dir"));
        ListQuery query = new ListQuery(filters, sort, descending, page, size);
        Listing listing = browser.list(query);
        return new Shown(
                kind, query, listing, columns(params.get("columns"), kind, listing), filters);
    }

    private ResponseEntity<StreamingResponseBody> download(Shown shown, String format) {
        List<ListColumn> columns = shown.columns();
        return TableDownloads.of(
                TableDownloads.format(format),
                "browse-" + (shown.kind() == null ? "all" : shown.kind().kindName()),
                heading(shown.kind()),
                columns.stream().map(ListColumn::heading).toList(),
                table ->
                        browser.rows(shown.query())
                                .forEach(
                                        item ->
                                                table.row(
                                                        columns.stream()
                                                                .map(c -> cell(c, item))
                                                                .toList())));
    }

    private String page(Shown shown, HttpServletRequest request, Model model) {
        Listing listing = shown.listing();
        model.addAttribute("listing", listing);
        model.addAttribute("columns", shown.columns());
        model.addAttribute("allColumns", ListColumn.values());
        model.addAttribute(
                "filterKind",
                shown.kind() == null ? single(shown.filters().get(Facet.KIND)) : null);
        model.addAttribute("filterLabels", filterLabels(listing));
        SortLinks links =
                new SortLinks(request, shown.query().sort().key(), shown.query().descending());
        model.addAttribute("sort", links);
        model.addAttribute(
                "pagination",
                Pagination.of(shown.query().page(), listing.pages(), n -> links.page(n)));
        return "browse/list";
    }

    /**
     * A cell as the page shows it: kinds by their names for people, the rest as the column says.
     */
    private String cell(ListColumn column, Listing.Item item) {
        if (column != ListColumn.KIND) {
            return column.text(item);
        }
        return item.kind()
                .map(
                        k ->
                                messages.getMessage(
                                        "kind." + k.kindName(),
                                        null,
                                        k.kindName(),
                                        LocaleContextHolder.getLocale()))
                .orElse("");
    }

    private String heading(Ref.Kind kind) {
        return kind == null
                ? "All resources"
                : messages.getMessage(
                        "kind." + kind.kindName() + ".plural",
                        null,
                        kind.kindName(),
                        LocaleContextHolder.getLocale());
    }

    private static String single(Set<String> values) {
        return values != null && values.size() == 1 ? values.iterator().next() : null;
    }

    private static ListColumn sortColumn(String key) {
        if (key == null || key.isBlank()) {
            return ListColumn.IDENTIFIER;
        }
        return ListColumn.fromKey(key.strip())
                .orElseThrow(
                        () ->
                                new ResponseStatusException(
                                        HttpStatus.BAD_REQUEST,
                                        "Unknown sort column '"
                                                + key
                                                + "': give one of "
                                                + keys()));
    }

    /**
     * The columns asked for, else the kind's: identifier and name, the kind on a list of every
     * kind, type when the resources have more than one, phase, status and owner when any has one,
     * and when each was last changed.
     */
    private static List<ListColumn> columns(List<String> asked, Ref.Kind kind, Listing listing) {
        if (asked != null && asked.stream().anyMatch(a -> !a.isBlank())) {
            Set<ListColumn> chosen = new LinkedHashSet<>();
            for (String key : asked) {
                if (!key.isBlank()) {
                    chosen.add(
                            ListColumn.fromKey(key.strip())
                                    .orElseThrow(
                                            () ->
                                                    new ResponseStatusException(
                                                            HttpStatus.BAD_REQUEST,
                                                            "Unknown column '"
                                                                    + key
                                                                    + "': give columns from "
                                                                    + keys())));
                }
            }
            return Arrays.stream(ListColumn.values()).filter(chosen::contains).toList();
        }
        List<ListColumn> columns = new ArrayList<>(List.of(ListColumn.IDENTIFIER, ListColumn.NAME));
        if (kind == null) {
            columns.add(ListColumn.KIND);
        }
        if (listing.facet(Facet.TYPE).size() > 1) {
            columns.add(ListColumn.TYPE);
        }
        if (!listing.facet(Facet.PHASE).isEmpty()) {
            columns.add(ListColumn.PHASE);
        }
        if (!listing.facet(Facet.STATUS).isEmpty()) {
            columns.add(ListColumn.STATUS);
        }
        if (!listing.facet(Facet.WORKSTREAM).isEmpty()) {
            columns.add(ListColumn.OWNER);
        }
        columns.add(ListColumn.LAST_CHANGED);
        return columns;
    }

    private static String keys() {
        return String.join(", ", Arrays.stream(ListColumn.values()).map(ListColumn::key).toList());
    }

    /**
     * Returns the labels of the values the list is filtered by, other than its kind (which the
     * heading names), such as {@code [Draft, Smart]}: the page's title and heading say them.
     */
    private static List<String> filterLabels(Listing listing) {
        return Arrays.stream(Facet.values())
                .filter(f -> f != Facet.KIND)
                .flatMap(f -> listing.facet(f).stream())
                .filter(Listing.FacetValue::selected)
                .map(Listing.FacetValue::label)
                .toList();
    }

    /** Reads the facet filters from the query parameters, ignoring blank ones (meaning "any"). */
    private static Map<Facet, Set<String>> filters(MultiValueMap<String, String> params) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        params.forEach(
                (name, values) ->
                        Facet.fromLabel(name)
                                .ifPresent(
                                        facet ->
                                                values.stream()
                                                        .filter(v -> v != null && !v.isBlank())
                                                        .forEach(
                                                                v ->
                                                                        filters.computeIfAbsent(
                                                                                        facet,
                                                                                        f ->
                                                                                                new LinkedHashSet<>())
                                                                                .add(v.strip()))));
        return filters;
    }
}
