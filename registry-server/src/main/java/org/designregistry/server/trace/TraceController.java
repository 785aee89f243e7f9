package org.designregistry.server.trace;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.designregistry.model.RegistryException;
import org.designregistry.model.browse.ListColumn;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.trace.CoverageReport;
import org.designregistry.model.trace.Traceability;
import org.designregistry.server.web.PageErrors;
import org.designregistry.server.web.PageLinks;
import org.designregistry.server.web.Paged;
import org.designregistry.server.web.SortLinks;
import org.designregistry.server.web.TableDownloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The traceability pages: {@code GET /trace/matrix?rows=&cols=[&via=]}, which resources of two
 * kinds are linked (requirements by processes unless asked otherwise); {@code GET /trace/gaps},
 * coverage per kind and the gaps of each check. A matrix the engine refuses (an unknown kind or
 * relation) is shown on the form (400), with the reason. {@code GET /trace/gaps?check=NAME&page=N}
 * lists one check's gaps, {@value #GAPS_PAGE_SIZE} a page; the gaps page itself names the first
 * {@value #GAPS_SHOWN} of each.
 */
@Controller
class TraceController {

    /** How many gaps of each check the gaps page names; the rest are on the check's own pages. */
    static final int GAPS_SHOWN = 10;

    private static final PageLinks LINKS = new PageLinks();

    /** How many gaps a page of one check lists. */
    static final int GAPS_PAGE_SIZE = 50;

    private final Traceability trace;
    private final RegistryBrowser browser;

    TraceController(Traceability trace, RegistryBrowser browser) {
        this.trace = trace;
        this.browser = browser;
    }

    @GetMapping("/trace/matrix")
    ModelAndView matrix(
            @RequestParam(name = "rows", defaultValue = "requirement") String rows,
            @RequestParam(name = "cols", defaultValue = "process") String cols,
            @RequestParam(name = "via", defaultValue = "") String via,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @RequestParam(name = "colpage", defaultValue = "1") int columnPage) {
        ModelAndView view = new ModelAndView("trace/matrix");
        view.addObject("rows", rows.strip());
        view.addObject("cols", cols.strip());
        view.addObject("via", via.strip());
        view.addObject("kinds", Arrays.stream(Ref.Kind.values()).map(Ref.Kind::kindName).toList());
        List<String> path = Arrays.stream(via.split("[,\\s]+")).filter(v -> !v.isEmpty()).toList();
        try {
            view.addObject(
                    "table",
                    MatrixTable.of(
                            trace.matrix(rows, cols, path),
                            page,
                            columnPage,
                            (r, c) -> LINKS.traceMatrixPage(rows, cols, via, r, c)));
            if (rows.strip().equals("requirement") && path.isEmpty()) {
                // The matrix counts any direct link; the gaps page only satisfaction, from any
                // kind. The page explains the difference with both numbers.
                view.addObject(
                        "unsatisfied",
                        trace.gaps().check("unsatisfied-requirements").gaps().size());
            }
        } catch (IllegalArgumentException | RegistryException e) {
            view.setStatus(HttpStatus.BAD_REQUEST);
            view.addObject("error", e.getMessage());
        }
        return view;
    }

    @GetMapping(value = "/trace/gaps", params = "!format")
    ModelAndView gaps(
            @RequestParam(name = "check", required = false) String check,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @RequestParam(name = "sort", defaultValue = "identifier") String sort,
            @RequestParam(name = "dir", defaultValue = "") String dir,
            @RequestParam(name = "workstream", required = false) List<String> workstreams,
            HttpServletRequest request) {
        CoverageReport report = trace.gaps();
        if (check == null) {
            List<String> shown =
                    report.checks().stream()
                            .flatMap(c -> c.gaps().stream().limit(GAPS_SHOWN))
                            .map(ResourceRef::iri)
                            .distinct()
                            .toList();
            Map<String, List<ResourceRef>> producers = new HashMap<>();
            browser.items(shown).forEach(i -> producers.put(i.resource().iri(), i.producedBy()));
            return new ModelAndView("trace/gaps")
                    .addObject("report", report)
                    .addObject("producers", producers)
                    .addObject("gapsShown", GAPS_SHOWN);
        }
        Optional<CoverageReport.Check> found = checkNamed(report, check);
        if (found.isEmpty()) {
            return noSuchCheck(report, check);
        }
        ListColumn column = gapColumn(sort);
        boolean descending = dir.equals("desc");
        GapTable table = GapTable.of(found.get(), browser, owners(workstreams), column, descending);
        SortLinks links = new SortLinks(request, column.key(), descending);
        return new ModelAndView("trace/gap-check")
                .addObject("check", found.get())
                .addObject("table", table)
                .addObject("columns", GapTable.COLUMNS)
                .addObject("sort", links)
                .addObject("gaps", Paged.of(table.rows(), page, GAPS_PAGE_SIZE, links::page));
    }

    /** One check's gaps as the page shows them (same filter and order, every page), CSV or XLSX. */
    @GetMapping(
            value = "/trace/gaps",
            params = {"check", "format"})
    ResponseEntity<StreamingResponseBody> gapsDownload(
            @RequestParam(name = "check") String check,
            @RequestParam(name = "sort", defaultValue = "identifier") String sort,
            @RequestParam(name = "dir", defaultValue = "") String dir,
            @RequestParam(name = "workstream", required = false) List<String> workstreams,
            @RequestParam(name = "format") String format) {
        CoverageReport report = trace.gaps();
        Optional<CoverageReport.Check> found = checkNamed(report, check);
        if (found.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "There is no coverage check called '" + check + "'.");
        }
        GapTable table =
                GapTable.of(
                        found.get(),
                        browser,
                        owners(workstreams),
                        gapColumn(sort),
                        dir.equals("desc"));
        return TableDownloads.of(
                TableDownloads.format(format),
                "gaps-" + found.get().name(),
                "Gaps",
                GapTable.COLUMNS.stream().map(ListColumn::heading).toList(),
                writer ->
                        table.rows()
                                .forEach(
                                        item ->
                                                writer.row(
                                                        GapTable.COLUMNS.stream()
                                                                .map(c -> c.text(item))
                                                                .toList())));
    }

    private static Optional<CoverageReport.Check> checkNamed(CoverageReport report, String check) {
        return report.checks().stream().filter(c -> c.name().equals(check.strip())).findFirst();
    }

    private static ModelAndView noSuchCheck(CoverageReport report, String check) {
        return PageErrors.page(
                HttpStatus.NOT_FOUND,
                "There is no coverage check called '"
                        + check
                        + "'. The checks are: "
                        + report.checks().stream()
                                .map(CoverageReport.Check::name)
                                .collect(Collectors.joining(", "))
                        + ".");
    }

    private static ListColumn gapColumn(String sort) {
        return ListColumn.fromKey(sort.strip())
                .filter(GapTable.COLUMNS::contains)
                .orElseThrow(
                        () ->
                                new ResponseStatusException(
                                        HttpStatus.BAD_REQUEST,
                                        "Unknown sort column '"
                                                + sort
                                                + "': give one of "
                                                + GapTable.COLUMNS.stream()
                                                        .map(ListColumn::key)
                                                        .collect(Collectors.joining(", "))));
    }

    private static Set<String> owners(List<String> workstreams) {
        return workstreams == null
                ? Set.of()
                : workstreams.stream()
                        .map(String::strip)
                        .filter(w -> !w.isEmpty())
                        .collect(Collectors.toSet());
    }
}
