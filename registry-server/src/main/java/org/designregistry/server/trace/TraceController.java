package org.designregistry.server.trace;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.trace.CoverageReport;
import org.designregistry.model.trace.Traceability;
import org.designregistry.server.web.PageErrors;
import org.designregistry.server.web.PageLinks;
import org.designregistry.server.web.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

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

    TraceController(Traceability trace) {
        this.trace = trace;
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

    @GetMapping("/trace/gaps")
    ModelAndView gaps(
            @RequestParam(name = "check", required = false) String check,
            @RequestParam(name = "page", defaultValue = "1") int page) {
        CoverageReport report = trace.gaps();
        if (check == null) {
            return new ModelAndView("trace/gaps")
                    .addObject("report", report)
                    .addObject("gapsShown", GAPS_SHOWN);
        }
        Optional<CoverageReport.Check> found =
                report.checks().stream().filter(c -> c.name().equals(check.strip())).findFirst();
        if (found.isEmpty()) {
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
        return new ModelAndView("trace/gap-check")
                .addObject("check", found.get())
                .addObject(
                        "gaps",
                        Paged.of(
                                found.get().gaps(),
                                page,
                                GAPS_PAGE_SIZE,
                                n -> gapsLink(found.get().name(), n)));
    }

    /** Returns the address of a page of one check's gaps. */
    static String gapsLink(String check, int page) {
        UriComponentsBuilder uri =
                UriComponentsBuilder.fromPath("/trace/gaps").queryParam("check", "{check}");
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().buildAndExpand(check).toUriString();
    }
}
