package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactQuery.Direction;
import org.designregistry.model.impact.ImpactReport.Approval;
import org.designregistry.model.impact.ImpactReport.Cut;
import org.designregistry.model.impact.ImpactReport.Hit;
import org.designregistry.model.impact.ImpactReport.Path;
import org.designregistry.model.impact.ImpactReport.Step;
import org.designregistry.model.impact.ImpactReport.StepKind;
import org.designregistry.model.internal.Labels;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.Vocabularies;

/**
 * Turns finished walks into a report: paths from parent pointers, then (only for the hits, after
 * the walk) owners, status and approvals, then the summary.
 */
final class ReportAssembler {

    /** The most shortest paths listed for one hit when all are asked for. */
    static final int MAX_PATHS_PER_HIT = 64;

    private static final String NONE = "(none)";
    private static final Set<String> APPROVED =
            Set.of(
                    Vocabularies.Status.Approved.getURI(),
                    Vocabularies.Status.ApprovedWithConditions.getURI());

    /** A finished walk and the limits it ran under. */
    record Outcome(
            Walk walk, Direction direction, int maxDepth, boolean[] relations, boolean[] types) {}

    private final ImpactIndex index;
    private final ImpactQuery query;
    private final ResourceReader reader;
    private final Map<Integer, Step> nodeSteps = new HashMap<>();
    private final Map<ResourceRef, Approval> decisions = new HashMap<>();
    private final Step[][] relationSteps;

    private ReportAssembler(ImpactIndex index, ImpactQuery query, ResourceReader reader) {
        this.index = index;
        this.query = query;
        this.reader = reader;
        List<ImpactIndex.Relation> relations = index.relations();
        relationSteps = new Step[2][relations.size()];
        for (int i = 0; i < relations.size(); i++) {
            ImpactIndex.Relation r = relations.get(i);
            for (int d = 0; d < 2; d++) {
                boolean down = d == 0;
                relationSteps[d][i] =
                        new Step(StepKind.RELATION, r.reading(down), "", r.readingLabel(down));
            }
        }
    }

    /**
     * Returns the report of the walks.
     *
     * @param reader reads details of the hits, or null to leave them out
     * @param skipped a cut for a walk that did not run, if any
     */
    static ImpactReport assemble(
            ImpactIndex index,
            ImpactQuery query,
            List<ResourceRef> starts,
            List<ResourceRef> searchHits,
            List<Outcome> outcomes,
            ResourceReader reader,
            Optional<Cut> skipped) {
        return new ReportAssembler(index, query, reader)
                .build(starts, searchHits, outcomes, skipped);
    }

    private ImpactReport build(
            List<ResourceRef> starts,
            List<ResourceRef> searchHits,
            List<Outcome> outcomes,
            Optional<Cut> skipped) {
        List<Hit> hits = new ArrayList<>();
        boolean[] listed = new boolean[index.nodeCount()];
        List<Cut> cuts = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            Walk w = outcome.walk();
            Map<Integer, List<int[]>> allPaths =
                    query.allShortestPaths() ? AllPaths.of(w, MAX_PATHS_PER_HIT + 1) : Map.of();
            for (int i = w.startCount; i < w.size; i++) {
                int v = w.order[i];
                if (listed[v]) {
                    continue;
                }
                listed[v] = true;
                hits.add(hit(w, outcome.direction(), v, allPaths.get(v)));
            }
            cuts.addAll(WalkCuts.of(outcome, query, this::refs));
        }
        skipped.ifPresent(cuts::add);
        return new ImpactReport(
                query,
                starts,
                searchHits,
                hits,
                SummaryAssembler.summary(hits, starts, reader, this::approvals),
                new ImpactReport.Completeness(!cuts.isEmpty(), cuts));
    }

    private Hit hit(Walk w, Direction direction, int v, List<int[]> paths) {
        ResourceReader.Facts facts =
                reader == null ? null : reader.facts(NodeFactory.createURI(index.iri(v)));
        ResourceRef ref = facts == null ? ref(v) : facts.ref();
        List<Path> pathList = new ArrayList<>();
        boolean more = false;
        if (paths == null) {
            pathList.add(primaryPath(w, v));
        } else {
            for (int[] p : paths) {
                if (pathList.size() == MAX_PATHS_PER_HIT) {
                    more = true;
                    break;
                }
                pathList.add(path(w, p));
            }
        }
        String typeIri = ref.typeIri();
        String typeLabel =
                typeIri.isEmpty()
                        ? NONE
                        : reader == null ? Labels.localName(typeIri) : reader.label(typeIri);
        if (reader == null) {
            return new Hit(
                    ref,
                    typeLabel,
                    direction,
                    w.depth(v),
                    pathList,
                    more,
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of());
        }
        return new Hit(
                ref,
                typeLabel,
                direction,
                w.depth(v),
                pathList,
                more,
                facts.related(DR.ownedBy, DR.ownerOf),
                facts.related(DR.producedBy, DR.produces).stream().findFirst(),
                facts.concept(DR.status),
                approvals(facts));
    }

    /** Returns the path from a start to {@code v} by parent pointers. */
    private Path primaryPath(Walk w, int v) {
        int depth = w.depth(v);
        Step[] steps = new Step[2 * depth + 1];
        int node = v;
        for (int i = 2 * depth; i > 0; i -= 2) {
            steps[i] = nodeStep(node);
            steps[i - 1] = relationStep(w, w.via[node]);
            node = w.parent[node];
        }
        steps[0] = nodeStep(node);
        return new Path(List.of(steps));
    }

    /** Returns a path given as alternating node and edge numbers. */
    private Path path(Walk w, int[] nodesAndEdges) {
        Step[] steps = new Step[nodesAndEdges.length];
        for (int i = 0; i < nodesAndEdges.length; i++) {
            steps[i] = i % 2 == 0 ? nodeStep(nodesAndEdges[i]) : relationStep(w, nodesAndEdges[i]);
        }
        return new Path(List.of(steps));
    }

    private Step relationStep(Walk w, int edge) {
        int relation = index.edgeRelations(w.downstream)[edge] & 0xFF;
        return relationSteps[w.downstream ? 0 : 1][relation];
    }

    private Step nodeStep(int node) {
        return nodeSteps.computeIfAbsent(
                node,
                n -> {
                    ResourceRef r = ref(n);
                    return new Step(StepKind.RESOURCE, r.iri(), r.identifier(), r.label());
                });
    }

    private ResourceRef ref(int node) {
        String iri = index.iri(node);
        if (reader != null) {
            return reader.ref(iri);
        }
        int type = index.type(node);
        return new ResourceRef(
                iri,
                "",
                Labels.localName(iri),
                type < 0 ? "" : TypeSignature.primary(index.typeIris()[type]));
    }

    /** Returns the decisions that approved a resource, highest level first. */
    List<Approval> approvals(Node node) {
        return approvals(reader.facts(node));
    }

    private List<Approval> approvals(ResourceReader.Facts item) {
        List<Approval> approvals = new ArrayList<>();
        for (ResourceRef decision : item.related(DR.approvedBy, DR.approves)) {
            approvals.add(decisions.computeIfAbsent(decision, this::approval));
        }
        approvals.sort(
                Comparator.comparingInt((Approval a) -> levelOrder(a.levelNumber()))
                        .thenComparing(a -> a.date().orElse(java.time.LocalDate.MAX))
                        .thenComparing(Approval::decision));
        return approvals;
    }

    private Approval approval(ResourceRef decision) {
        Node d = NodeFactory.createURI(decision.iri());
        ResourceReader.Facts facts = reader.facts(d);
        ResourceRef body =
                facts.related(DR.madeBy, DR.decided).stream().findFirst().orElse(ResourceRef.NONE);
        Optional<Concept> level = facts.concept(DR.decisionLevel);
        if (level.isEmpty() && body.isPresent()) {
            level = reader.concept(NodeFactory.createURI(body.iri()), DR.governanceLevel);
        }
        Concept lv = level.orElse(Concept.NONE);
        return new Approval(
                decision,
                facts.concept(DR.outcome).orElse(Concept.NONE),
                body,
                lv,
                lv.isPresent() ? reader.notation(lv.iri()) : 0,
                reader.date(d, org.apache.jena.vocabulary.DCTerms.date));
    }

    static int levelOrder(int levelNumber) {
        return levelNumber == 0 ? Integer.MAX_VALUE : levelNumber;
    }

    static boolean approvedStatus(Optional<Concept> status) {
        return status.map(s -> APPROVED.contains(s.iri())).orElse(false);
    }

    private List<ResourceRef> refs(int[] nodes) {
        List<ResourceRef> refs = new ArrayList<>(nodes.length);
        for (int n : nodes) {
            refs.add(ref(n));
        }
        return refs;
    }
}
