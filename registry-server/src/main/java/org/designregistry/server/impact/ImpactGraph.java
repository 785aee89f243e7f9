package org.designregistry.server.impact;

import java.util.ArrayList;
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
 * the links on the hits' explaining paths as edges. Written into the page as JSON.
 *
 * @param nodes the starts (depth 0) and then the hits, in walk order
 * @param edges each link of a listed path once, in the walk's direction
 * @param maxDepth the deepest hit's depth, 0 when there is none
 */
public record ImpactGraph(List<Node> nodes, List<Edge> edges, int maxDepth) {

    private static final PageLinks LINKS = new PageLinks();

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
     */
    public record Node(
            String id,
            String name,
            String label,
            String kind,
            int depth,
            boolean start,
            String href) {}

    /** A link between two nodes, with the relation's label as read in the walk's direction. */
    public record Edge(String source, String target, String label) {}

    /** Returns the graph of a report. */
    static ImpactGraph of(ImpactReport report) {
        List<Node> nodes = new ArrayList<>();
        report.starts().forEach(s -> nodes.add(node(s, 0, true)));
        report.hits().forEach(h -> nodes.add(node(h.resource(), h.depth(), false)));
        Set<Edge> edges = new LinkedHashSet<>();
        for (ImpactReport.Hit hit : report.hits()) {
            for (ImpactReport.Path path : hit.paths()) {
                List<ImpactReport.Step> steps = path.steps();
                for (int i = 0; i + 2 < steps.size(); i += 2) {
                    edges.add(
                            new Edge(
                                    steps.get(i).iri(),
                                    steps.get(i + 2).iri(),
                                    steps.get(i + 1).label()));
                }
            }
        }
        int maxDepth = report.hits().stream().mapToInt(ImpactReport.Hit::depth).max().orElse(0);
        return new ImpactGraph(nodes, List.copyOf(edges), maxDepth);
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

    private static Node node(ResourceRef resource, int depth, boolean start) {
        String kind = resource.ref().flatMap(Ref::kind).map(Ref.Kind::kindName).orElse("none");
        return new Node(
                resource.iri(),
                resource.identifier().isEmpty() ? resource.label() : resource.identifier(),
                resource.label(),
                kind,
                depth,
                start,
                LINKS.resource(resource));
    }
}
