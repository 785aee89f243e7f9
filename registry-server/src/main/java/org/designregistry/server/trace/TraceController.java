package org.designregistry.server.trace;

import java.util.Arrays;
import java.util.List;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.trace.Traceability;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The traceability pages: {@code GET /trace/matrix?rows=&cols=[&via=]}, which resources of two
 * kinds are linked (requirements by processes unless asked otherwise); {@code GET /trace/gaps},
 * coverage per kind and the gaps of each check. A matrix the engine refuses (an unknown kind or
 * relation) is shown on the form (400), with the reason.
 */
@Controller
class TraceController {

    private final Traceability trace;

    TraceController(Traceability trace) {
        this.trace = trace;
    }

    @GetMapping("/trace/matrix")
    ModelAndView matrix(
            @RequestParam(name = "rows", defaultValue = "requirement") String rows,
            @RequestParam(name = "cols", defaultValue = "process") String cols,
            @RequestParam(name = "via", defaultValue = "") String via) {
        ModelAndView page = new ModelAndView("trace/matrix");
        page.addObject("rows", rows.strip());
        page.addObject("cols", cols.strip());
        page.addObject("via", via.strip());
        page.addObject("kinds", Arrays.stream(Ref.Kind.values()).map(Ref.Kind::kindName).toList());
        List<String> path = Arrays.stream(via.split("[,\\s]+")).filter(v -> !v.isEmpty()).toList();
        try {
            page.addObject("table", MatrixTable.of(trace.matrix(rows, cols, path)));
            if (rows.strip().equals("requirement") && path.isEmpty()) {
                // The matrix counts any direct link; the gaps page only satisfaction, from any
                // kind. The page explains the difference with both numbers.
                page.addObject(
                        "unsatisfied",
                        trace.gaps().check("unsatisfied-requirements").gaps().size());
            }
        } catch (IllegalArgumentException | RegistryException e) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("error", e.getMessage());
        }
        return page;
    }

    @GetMapping("/trace/gaps")
    ModelAndView gaps() {
        return new ModelAndView("trace/gaps").addObject("report", trace.gaps());
    }
}
