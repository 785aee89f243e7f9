package org.designregistry.server.impact;

import java.util.ArrayList;
import java.util.List;
import org.designregistry.model.RegistryException;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.impact.ImpactQuery;
import org.designregistry.model.impact.ImpactReport;
import org.designregistry.model.suspect.SuspectLinks;
import org.designregistry.server.web.PageLinks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /impact}: the impact page. Without {@code from=} (a resource) or {@code q=} (search
 * text whose best hits are starts) it shows the form; with either, the form filled in, a header
 * block (what was asked, when, at which change, by whom), the summary (decisions to revisit, who to
 * involve and why, and apart from them the approvals of what the change only depends on), the hits
 * nearest first with their owners and explaining paths (downstream and upstream in separate
 * tables), downloads as CSV, Markdown and XLSX, and the graph of the impacted neighbourhood. An
 * address without {@code depth=} follows {@code registry.impact.page.default-depth} links and
 * offers to show more; an empty {@code depth=} (the form's) follows every link. A query the engine
 * refuses is shown on the form (400), with the reason. The page prints as the header, the summary
 * and the tables.
 */
@Controller
class ImpactController {

    private static final PageLinks LINKS = new PageLinks();

    private final ImpactAnalysis impact;
    private final JsonMapper json;
    private final ReportHeaders headers;
    private final ImpactPageProperties properties;
    private final ImpactGraphProperties graphProperties;

    private final SuspectLinks suspects;

    ImpactController(
            ImpactAnalysis impact,
            JsonMapper json,
            ReportHeaders headers,
            ImpactPageProperties properties,
            ImpactGraphProperties graphProperties,
            SuspectLinks suspects) {
        this.suspects = suspects;
        this.impact = impact;
        this.json = json;
        this.headers = headers;
        this.properties = properties;
        this.graphProperties = graphProperties;
    }

    @GetMapping("/impact")
    ModelAndView impact(
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "direction", defaultValue = "downstream") String direction,
            @RequestParam(name = "depth", required = false) String depth,
            @RequestParam(name = "relations", required = false) List<String> relations) {
        // No depth= at all (a link, not the form) means the page's default depth.
        String asked = depth == null ? Integer.toString(properties.defaultDepth()) : depth;
        ImpactForm form = new ImpactForm(from, q, direction, asked, relations);
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
        page.addObject("throughSuspect", suspects.hitsThroughSuspectLinks(report));
        page.addObject("pages", ImpactGraph.pages(report));
        page.addObject("graph", graph);
        page.addObject("graphJson", json.writeValueAsString(graph));
        page.addObject("csv", download(form, "csv"));
        page.addObject("markdown", download(form, "md"));
        page.addObject("xlsx", download(form, "xlsx"));
        page.addObject("header", headers.now().fields(report));
        page.addObject("downstream", hits(report, false));
        page.addObject("upstream", hits(report, true));
        boolean cutByDepth =
                report.completeness().cuts().stream()
                        .anyMatch(c -> c.limit() == ImpactReport.Limit.DEPTH);
        if (cutByDepth) {
            int deeper = report.query().maxDepth().getAsInt() + 1;
            page.addObject("showMore", pageLink(form, Integer.toString(deeper)));
            page.addObject("showMoreDepth", deeper);
            page.addObject("showAll", pageLink(form, ""));
        }
        return page;
    }

    private static List<ImpactReport.Hit> hits(ImpactReport report, boolean upstream) {
        return report.hits().stream()
                .filter(h -> (h.direction() == ImpactQuery.Direction.UPSTREAM) == upstream)
                .toList();
    }

    /** Returns the page's address for the same question at another depth (empty for none). */
    private static String pageLink(ImpactForm form, String depth) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/impact");
        List<Object> values = new ArrayList<>();
        param(uri, values, "from", form.from());
        param(uri, values, "q", form.q());
        param(uri, values, "direction", form.direction());
        uri.queryParam("depth", "{v" + values.size() + "}");
        values.add(depth);
        form.relations().forEach(r -> param(uri, values, "relations", r));
        return uri.encode().buildAndExpand(values.toArray()).toUriString();
    }

    private static void param(
            UriComponentsBuilder uri, List<Object> values, String name, String value) {
        if (!value.isEmpty()) {
            uri.queryParam(name, "{v" + values.size() + "}");
            values.add(value);
        }
    }

    private static String download(ImpactForm form, String format) {
        return LINKS.impactReport(
                form.from(), form.q(), form.direction(), form.depth(), form.relations(), format);
    }
}
