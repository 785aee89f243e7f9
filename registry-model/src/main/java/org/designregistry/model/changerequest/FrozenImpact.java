package org.designregistry.model.changerequest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactQuery;
import org.designregistry.model.impact.ImpactReport;
import org.designregistry.model.impact.ImpactReport.Party;

/**
 * A change request's impact assessment as the impact engine computed it at one change of the
 * history: what the change request affects, every resource that reaches downstream over the
 * relations that carry change, the decisions to revisit and the parties to consult.
 *
 * @param change the number of the last recorded change the assessment was computed on
 * @param depth the number of links the walk followed at most
 * @param starts the resources the change request affects
 * @param items the resources the change reaches, nearest first
 * @param revisits the approvals of affected and reached resources to take again, highest level
 *     first
 * @param workstreams the workstreams that own changed resources
 * @param workingGroups the working groups that produced changed resources, which must rework them
 * @param constituencies the constituencies holding posts on those working groups
 * @param marketRoles the market roles that send or receive a changed interface
 * @param truncated true when a limit cut the walk, so that more may be impacted than listed
 */
public record FrozenImpact(
        long change,
        int depth,
        List<ResourceRef> starts,
        List<FrozenItem> items,
        List<Revisit> revisits,
        List<Consultee> workstreams,
        List<Consultee> workingGroups,
        List<Consultee> constituencies,
        List<Consultee> marketRoles,
        boolean truncated) {

    /** Copies the lists. */
    public FrozenImpact {
        starts = List.copyOf(starts);
        items = List.copyOf(items);
        revisits = List.copyOf(revisits);
        workstreams = List.copyOf(workstreams);
        workingGroups = List.copyOf(workingGroups);
        constituencies = List.copyOf(constituencies);
        marketRoles = List.copyOf(marketRoles);
    }

    /** Returns the assessment a report gives, computed at change {@code change}. */
    static FrozenImpact of(ImpactReport report, long change, int depth) {
        Objects.requireNonNull(report, "report");
        List<FrozenItem> items =
                report.hits().stream()
                        .filter(h -> h.direction() != ImpactQuery.Direction.UPSTREAM)
                        .map(FrozenImpact::item)
                        .toList();
        ImpactReport.Involvement involve = report.summary().involve();
        return new FrozenImpact(
                change,
                depth,
                report.starts(),
                items,
                report.summary().decisionsToRevisit().stream()
                        .map(r -> new Revisit(r.item(), r.approval().map(FrozenImpact::approval)))
                        .toList(),
                consultees(involve.workstreams(), false),
                consultees(involve.workingGroups(), false),
                consultees(involve.constituencies(), true),
                consultees(involve.marketRoles(), false),
                report.completeness().truncated());
    }

    /** Returns the item with this IRI, if the assessment reached it. */
    public Optional<FrozenItem> item(String iri) {
        return items.stream().filter(i -> i.iri().equals(iri)).findFirst();
    }

    /** Returns the items by IRI, in order. */
    Map<String, FrozenItem> byIri() {
        return items.stream()
                .collect(
                        Collectors.toMap(
                                FrozenItem::iri,
                                Function.identity(),
                                (a, b) -> a,
                                java.util.LinkedHashMap::new));
    }

    private static FrozenItem item(ImpactReport.Hit hit) {
        return new FrozenItem(
                hit.resource(),
                hit.typeLabel(),
                hit.depth(),
                hit.path().toString(),
                hit.owners(),
                hit.producedBy(),
                hit.status().map(s -> s.label()).orElse(""),
                hit.approvals().stream().map(FrozenImpact::approval).toList());
    }

    private static FrozenApproval approval(ImpactReport.Approval a) {
        return new FrozenApproval(a.decision(), a.body(), a.level().label(), a.levelNumber());
    }

    private static List<Consultee> consultees(List<Party> parties, boolean via) {
        return parties.stream()
                .map(p -> new Consultee(p.party(), via ? p.via() : p.because()))
                .toList();
    }
}
