package org.designregistry.server.impact;

import java.util.List;
import org.designregistry.model.RegistryException;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.impact.ImpactReport;
import org.designregistry.server.web.PageLinks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /impact}: the impact page. Without {@code from=} (a resource) or {@code q=} (search
 * text whose best hits are starts) it shows the form; with either, the form filled in, the summary
 * (decisions to revisit, who to involve), the hits with their explaining paths, links to the report
 * as CSV and Markdown, and the graph of the impacted neighbourhood. A query the engine refuses is
 * shown on the form (400), with the reason.
 */
@Controller
class ImpactController {

    private static final PageLinks LINKS = new PageLinks();

    private final ImpactAnalysis impact;
    private final JsonMapper json;
    private final ImpactGraphProperties graphProperties;

    ImpactController(
            ImpactAnalysis impact, JsonMapper json, ImpactGraphProperties graphProperties) {
        this.impact = impact;
        this.json = json;
        this.graphProperties = graphProperties;
    }

    @GetMapping("/impact")
    ModelAndView impact(
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "direction", defaultValue = "downstream") String direction,
            @RequestParam(name = "depth", required = false) String depth,
            @RequestParam(name = "relations", required = false) List<String> relations) {
        ImpactForm form = new ImpactForm(from, q, direction, depth, relations);
        ModelAndView page = new ModelAndView("impact/index");
        page.addObject("form", form);
        page.addObject("relations", impact.index().relations());
        if (!form.hasStart()) {
            return page;
        }
        ImpactReport report;
        try {
            report = impact.analyse(form.toRequest().toQuery());
        } catch (IllegalArgumentException | RegistryException e) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("error", e.getMessage());
            return page;
        }
        ImpactGraph graph = ImpactGraph.of(report, graphProperties.maxNodes());
        page.addObject("report", report);
        page.addObject("pages", ImpactGraph.pages(report));
        page.addObject("graph", graph);
        page.addObject("graphJson", json.writeValueAsString(graph));
        page.addObject("csv", download(form, "csv"));
        page.addObject("markdown", download(form, "md"));
        return page;
    }

    private static String download(ImpactForm form, String format) {
        return LINKS.impactReport(
                form.from(), form.q(), form.direction(), form.depth(), form.relations(), format);
    }
}
