package org.designregistry.server.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactReport;
import org.designregistry.server.web.PageLinks;

/**
 * The impacted neighbourhood as the impact page's graph draws it: the starts and the hits as nodes,
 * the links on the hits' explaining paths as edges. Written into the page, and served by {@code GET
 * /api/impact/graph}, as JSON. It holds at most {@code cap} nodes, nearest the starts first, so
 * that neither grows with the walk; the nodes it keeps whose links lead to resources it leaves out
 * are marked {@code more}.
 *
 * @param nodes the starts (depth 0) and then the hits nearest first, at most {@code cap} in all
 * @param edges each link of a listed path between two of the nodes once, in the walk's direction
 * @param maxDepth the deepest node's depth, 0 when there is none
 * @param total how many resources the report lists (starts and hits), the graph's nodes or more
 * @param cap the most nodes a graph holds ({@code registry.impact.graph.max-nodes})
 * @param capped true when the report lists more resources than the graph holds, or the walk itself
 *     stopped at the cap
 */
public record ImpactGraph(
        List<Node> nodes, List<Edge> edges, int maxDepth, int total, int cap, boolean capped) {

    private static final PageLinks LINKS = new PageLinks();

    /** Copies the lists. */
    public ImpactGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A resource of the graph.
     *
     * @param id its IRI
     * @param name its identifier, else its label
     * @param label its label
     * @param kind its reference kind ({@code data-item}), or {@code none}
     * @param depth 0 for a start, else the hit's depth
     * @param start true for a start
     * @param href its page
     * @param more true when it links to resources the graph leaves out for its cap
     */
    public record Node(
            String id,
            String name,
            String label,
            String kind,
            int depth,
            boolean start,
            String href,
            boolean more) {

        Node withMore() {
            return new Node(id, name, label, kind, depth, start, href, true);
        }
    }

    /** A link between two nodes, with the relation's label as read in the walk's direction. */
    public record Edge(String source, String target, String label) {}

    /**
     * Returns the graph of a report, holding at most {@code cap} nodes: the starts, then the hits
     * by depth (in walk order within a depth).
     *
     * @throws IllegalArgumentException if the cap is below 1
     */
    static ImpactGraph of(ImpactReport report, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException(
                    "The graph's node cap must be at least 1, not " + cap);
        }
        List<Node> all = new ArrayList<>();
        report.starts().forEach(s -> all.add(node(s, 0, true, false)));
        report.hits().stream()
                .sorted(Comparator.comparingInt(ImpactReport.Hit::depth))
                .forEach(h -> all.add(node(h.resource(), h.depth(), false, false)));
        Set<Edge> links = new LinkedHashSet<>();
        for (ImpactReport.Hit hit : report.hits()) {
            for (ImpactReport.Path path : hit.paths()) {
                List<ImpactReport.Step> steps = path.steps();
                for (int i = 0; i + 2 < steps.size(); i += 2) {
                    links.add(
                            new Edge(
                                    steps.get(i).iri(),
                                    steps.get(i + 2).iri(),
                                    steps.get(i + 1).label()));
                }
            }
        }
        List<Node> kept = all.subList(0, Math.min(cap, all.size()));
        Set<String> ids = new HashSet<>();
        kept.forEach(n -> ids.add(n.id()));
        Set<String> cut = new HashSet<>();
        List<Edge> edges = new ArrayList<>();
        for (Edge link : links) {
            if (!ids.contains(link.source())) {
                continue;
            }
            if (ids.contains(link.target())) {
                edges.add(link);
            } else {
                cut.add(link.source());
            }
        }
        // A walk stopped at its result cap names (some of) the resources whose links it left.
        boolean walkCut = false;
        for (ImpactReport.Cut c : report.completeness().cuts()) {
            if (c.limit() == ImpactReport.Limit.RESULT_CAP) {
                walkCut = true;
                c.frontier().forEach(f -> cut.add(f.iri()));
            }
        }
        List<Node> nodes = kept.stream().map(n -> cut.contains(n.id()) ? n.withMore() : n).toList();
        int maxDepth = nodes.stream().mapToInt(Node::depth).max().orElse(0);
        return new ImpactGraph(
                nodes, edges, maxDepth, all.size(), cap, all.size() > cap || walkCut);
    }

    /** Returns the page of every start and hit, by IRI, for the links of the paths. */
    static Map<String, String> pages(ImpactReport report) {
        Map<String, String> pages = new LinkedHashMap<>();
        report.starts().forEach(s -> pages.put(s.iri(), LINKS.resource(s)));
        report.hits().forEach(h -> pages.put(h.resource().iri(), LINKS.resource(h.resource())));
        return pages;
    }

    /** Returns the kinds of the nodes, in order of first appearance, for the graph's key. */
    public List<String> kinds() {
        return nodes.stream().map(Node::kind).distinct().toList();
    }

    private static Node node(ResourceRef resource, int depth, boolean start, boolean more) {
        String kind = resource.ref().flatMap(Ref::kind).map(Ref.Kind::kindName).orElse("none");
        return new Node(
                resource.iri(),
                resource.identifier().isEmpty() ? resource.label() : resource.identifier(),
                resource.label(),
                kind,
                depth,
                start,
                LINKS.resource(resource),
                more);
    }
}
