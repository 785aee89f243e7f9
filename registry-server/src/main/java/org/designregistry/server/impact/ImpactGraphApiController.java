package org.designregistry.server.impact;

import java.util.List;
import org.designregistry.model.impact.ImpactAnalysis;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/impact/graph}: the impacted neighbourhood as the impact page's graph draws it
 * ({@link ImpactGraph} as JSON), for the same {@code from}, {@code q}, {@code direction}, {@code
 * depth} and {@code relations} as the page. The walk stops, and the reply ends, at {@code
 * registry.impact.graph.max-nodes} resources, nearest the start first, or at a lower {@code
 * maxNodes}; the page fetches it to show what a resource at the graph's edge touches next.
 */
@RestController
class ImpactGraphApiController {

    private final ImpactAnalysis impact;
    private final ImpactGraphProperties properties;

    ImpactGraphApiController(ImpactAnalysis impact, ImpactGraphProperties properties) {
        this.impact = impact;
        this.properties = properties;
    }

    @GetMapping("/api/impact/graph")
    ImpactGraph graph(
            @RequestParam(name = "from", required = false) List<String> from,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "direction", required = false) String direction,
            @RequestParam(name = "depth", required = false) Integer depth,
            @RequestParam(name = "relations", required = false) List<String> relations,
            @RequestParam(name = "maxNodes", required = false) Integer maxNodes) {
        int cap = properties.maxNodes();
        if (maxNodes != null && (maxNodes < 1 || maxNodes > cap)) {
            throw new IllegalArgumentException(
                    "maxNodes must be between 1 and "
                            + cap
                            + " (registry.impact.graph.max-nodes), not "
                            + maxNodes);
        }
        int nodes = maxNodes == null ? cap : maxNodes;
        ImpactRequest request =
                new ImpactRequest(from, q, null, direction, depth, relations, null, false, nodes);
        return ImpactGraph.of(impact.analyse(request.toQuery()), nodes);
    }
}
