package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.ORG;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactQuery.Direction;
import org.designregistry.model.impact.ImpactReport.Approval;
import org.designregistry.model.impact.ImpactReport.Hit;
import org.designregistry.model.impact.ImpactReport.Party;
import org.designregistry.model.impact.ImpactReport.Revisit;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.ontology.DR;

/**
 * Counts, decisions to revisit and parties to involve.
 *
 * <p>Only what the change alters counts towards what must be done: the starts and the hits found
 * downstream. A hit found only upstream is something the change depends on, not something it
 * changes, so its approvals are listed apart (for context) and its owners are not involved.
 */
final class SummaryAssembler {

    /** The most hits named as the reason one party is involved; the count gives the total. */
    static final int REASONS_SHOWN = 25;

    private static final String NONE = "(none)";
    private static final Set<String> SENT_OR_RECEIVED =
            Set.of(DR.Interface.getURI(), DR.Publication.getURI());

    private SummaryAssembler() {}

    static ImpactReport.Summary summary(
            List<Hit> hits,
            List<ResourceRef> starts,
            ResourceReader reader,
            Function<Node, List<Approval>> approvalsOf) {
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> byWorkstream = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        int upstreamHits = 0;
        for (Hit h : hits) {
            if (h.direction() == Direction.UPSTREAM) {
                upstreamHits++;
            }
            byType.merge(h.typeLabel(), 1, Integer::sum);
            if (reader != null) {
                if (h.owners().isEmpty()) {
                    byWorkstream.merge(NONE, 1, Integer::sum);
                }
                h.owners().forEach(o -> byWorkstream.merge(o.label(), 1, Integer::sum));
                byStatus.merge(h.status().map(Concept::label).orElse(NONE), 1, Integer::sum);
            }
        }
        int downstreamHits = hits.size() - upstreamHits;
        if (reader == null) {
            return new ImpactReport.Summary(
                    hits.size(),
                    downstreamHits,
                    upstreamHits,
                    mostFirst(byType),
                    Map.of(),
                    Map.of(),
                    List.of(),
                    List.of(),
                    ImpactReport.Involvement.NONE);
        }
        // The starts change too: their own approvals and owners count.
        List<Subject> changed = new ArrayList<>();
        List<Subject> dependedOn = new ArrayList<>();
        for (ResourceRef s : starts) {
            Node node = NodeFactory.createURI(s.iri());
            changed.add(
                    new Subject(
                            s,
                            reader.concept(node, DR.status),
                            reader.related(node, DR.ownedBy, DR.ownerOf),
                            reader.related(node, DR.producedBy, DR.produces).stream().findFirst(),
                            approvalsOf.apply(node)));
        }
        for (Hit h : hits) {
            Subject s =
                    new Subject(
                            h.resource(), h.status(), h.owners(), h.producedBy(), h.approvals());
            (h.direction() == Direction.UPSTREAM ? dependedOn : changed).add(s);
        }
        List<Revisit> revisits = revisits(changed);
        return new ImpactReport.Summary(
                hits.size(),
                downstreamHits,
                upstreamHits,
                mostFirst(byType),
                mostFirst(byWorkstream),
                mostFirst(byStatus),
                revisits,
                revisits(dependedOn),
                involvement(changed, revisits, reader));
    }

    private record Subject(
            ResourceRef resource,
            Optional<Concept> status,
            List<ResourceRef> owners,
            Optional<ResourceRef> producedBy,
            List<Approval> approvals) {}

    private static List<Revisit> revisits(List<Subject> subjects) {
        List<Revisit> revisits = new ArrayList<>();
        for (Subject s : subjects) {
            if (s.approvals().isEmpty()) {
                if (ReportAssembler.approvedStatus(s.status())) {
                    revisits.add(new Revisit(s.resource(), s.status(), Optional.empty()));
                }
                continue;
            }
            for (Approval a : s.approvals()) {
                revisits.add(new Revisit(s.resource(), s.status(), Optional.of(a)));
            }
        }
        // Stable sort: highest level first, then the walk's order (nearest first).
        revisits.sort(
                Comparator.comparingInt(
                        r ->
                                ReportAssembler.levelOrder(
                                        r.approval().map(Approval::levelNumber).orElse(0))));
        return revisits;
    }

    private static ImpactReport.Involvement involvement(
            List<Subject> changed, List<Revisit> revisits, ResourceReader reader) {
        Reasons workstreams = new Reasons();
        Reasons groups = new Reasons();
        Reasons roles = new Reasons();
        for (Subject s : changed) {
            s.owners().forEach(o -> workstreams.add(o, s.resource()));
            s.producedBy().ifPresent(g -> groups.add(g, s.resource()));
            if (SENT_OR_RECEIVED.contains(s.resource().typeIri())) {
                Node node = NodeFactory.createURI(s.resource().iri());
                reader.related(node, DR.sentBy, DR.sends).forEach(r -> roles.add(r, s.resource()));
                reader.related(node, DR.receivedBy, DR.receives)
                        .forEach(r -> roles.add(r, s.resource()));
            }
        }
        Reasons bodies = new Reasons();
        Map<ResourceRef, Integer> approvals = new LinkedHashMap<>();
        Map<ResourceRef, Integer> bodyLevel = new LinkedHashMap<>();
        for (Revisit r : revisits) {
            r.approval()
                    .filter(a -> a.body().isPresent())
                    .ifPresent(
                            a -> {
                                bodies.add(a.body(), r.item());
                                approvals.merge(a.body(), 1, Integer::sum);
                                bodyLevel.merge(a.body(), a.levelNumber(), Math::min);
                            });
        }
        List<Party> bodyParties =
                bodies.parties().stream()
                        .map(
                                p ->
                                        new Party(
                                                p.party(),
                                                approvals.get(p.party()),
                                                p.via(),
                                                p.because()))
                        .sorted(
                                Comparator.comparingInt(
                                                (Party p) ->
                                                        ReportAssembler.levelOrder(
                                                                bodyLevel.get(p.party())))
                                        .thenComparing(Party::party))
                        .toList();
        return new ImpactReport.Involvement(
                workstreams.parties(),
                groups.parties(),
                bodyParties,
                constituencies(groups, reader),
                roles.parties());
    }

    /**
     * Returns the constituencies whose seats are touched: those holding posts on the working groups
     * that produced what the change alters, and so must rework it. The approving bodies' own seats
     * are not counted: a body such as the DAG seats every constituency, and naming the body says
     * that already.
     */
    private static List<Party> constituencies(Reasons groups, ResourceReader reader) {
        Map<ResourceRef, List<ResourceRef>> via = new TreeMap<>();
        Map<ResourceRef, Set<ResourceRef>> because = new TreeMap<>();
        for (Map.Entry<ResourceRef, Set<ResourceRef>> group : groups.reasons.entrySet()) {
            Node g = NodeFactory.createURI(group.getKey().iri());
            for (ResourceRef post : reader.related(g, ORG.hasPost, ORG.postIn)) {
                Node p = NodeFactory.createURI(post.iri());
                for (ResourceRef c : reader.related(p, DR.represents, DR.representedBy)) {
                    List<ResourceRef> bodies = via.computeIfAbsent(c, k -> new ArrayList<>());
                    if (!bodies.contains(group.getKey())) {
                        bodies.add(group.getKey());
                    }
                    because.computeIfAbsent(c, k -> new LinkedHashSet<>()).addAll(group.getValue());
                }
            }
        }
        return via.entrySet().stream()
                .map(
                        e ->
                                new Party(
                                        e.getKey(),
                                        e.getValue().size(),
                                        e.getValue(),
                                        shown(because.get(e.getKey()))))
                .sorted(
                        Comparator.comparingInt((Party p) -> -p.count())
                                .thenComparing(Party::party))
                .toList();
    }

    /** Parties and the resources that bring each in, in the order met (nearest first). */
    private static final class Reasons {
        private final Map<ResourceRef, Set<ResourceRef>> reasons = new LinkedHashMap<>();

        void add(ResourceRef party, ResourceRef reason) {
            reasons.computeIfAbsent(party, k -> new LinkedHashSet<>()).add(reason);
        }

        /** Returns the parties, most reasons first, each with its count and first reasons. */
        List<Party> parties() {
            return reasons.entrySet().stream()
                    .map(
                            e ->
                                    new Party(
                                            e.getKey(),
                                            e.getValue().size(),
                                            List.of(),
                                            shown(e.getValue())))
                    .sorted(
                            Comparator.comparingInt((Party p) -> -p.count())
                                    .thenComparing(Party::party))
                    .toList();
        }
    }

    private static List<ResourceRef> shown(Set<ResourceRef> reasons) {
        return reasons.stream().limit(REASONS_SHOWN).toList();
    }

    private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(
                        Map.Entry.<String, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
