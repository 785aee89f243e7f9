package org.designregistry.server.sparql;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /query}: the SPARQL page, YASGUI's editor whose queries run against {@code /sparql} in
 * the browser ({@code static/js/sparql-page.js}), with the sample queries one click away ({@code
 * ?sample=trace-matrix}) and {@code ?query=} to open a query of one's own.
 */
@Controller
class QueryController {

    /** The sample shown when the page is opened without a query. */
    static final String FIRST_SAMPLE = "trace-matrix";

    private final SampleQueries samples;

    QueryController(SampleQueries samples) {
        this.samples = samples;
    }

    @GetMapping("/query")
    ModelAndView query(
            @RequestParam(name = "sample", required = false) String sample,
            @RequestParam(name = "query", required = false) String query) {
        ModelAndView page = new ModelAndView("sparql/query");
        page.addObject("samples", samples.all());
        if (query != null && !query.isBlank()) {
            page.addObject("query", query);
            return page;
        }
        String name = sample == null || sample.isBlank() ? FIRST_SAMPLE : sample.strip();
        samples.named(name)
                .ifPresentOrElse(
                        s -> {
                            page.addObject("query", s.text());
                            page.addObject("sample", s.name());
                        },
                        () -> {
                            page.setStatus(HttpStatus.NOT_FOUND);
                            page.addObject(
                                    "error", "There is no sample query called '" + name + "'.");
                            page.addObject("query", "");
                        });
        return page;
    }
}
