package org.designregistry.model.changerequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.changerequest.ImpactPack.Awaiting;
import org.designregistry.model.changerequest.ImpactPack.PackItem;
import org.designregistry.model.changerequest.ImpactPack.Progress;
import org.designregistry.model.changerequest.ImpactPack.WorkingGroupItems;
import org.designregistry.model.changerequest.ImpactPack.WorkstreamGroup;
import org.designregistry.model.history.ChangePage;

/** Assembles a change request's pack from its frozen assessment and its triage. */
final class PackAssembler {

    private static final int MAX_LISTED = 25;

    private PackAssembler() {}

    static ImpactPack assemble(ChangeRequest cr, ChangePage changes) {
        FrozenImpact impact = cr.impact().orElseThrow();
        return new ImpactPack(
                cr, impact, groups(cr, impact), progress(cr), awaiting(cr), changes.items());
    }

    private static List<WorkstreamGroup> groups(ChangeRequest cr, FrozenImpact impact) {
        Map<ResourceRef, Map<ResourceRef, List<PackItem>>> byWorkstream = new LinkedHashMap<>();
        for (FrozenItem item : impact.items()) {
            PackItem packed = new PackItem(item, cr.triageOf(item.iri()));
            List<ResourceRef> owners =
                    item.owners().isEmpty() ? List.of(ResourceRef.NONE) : item.owners();
            for (ResourceRef owner : owners) {
                byWorkstream
                        .computeIfAbsent(owner, o -> new LinkedHashMap<>())
                        .computeIfAbsent(
                                item.workingGroup().orElse(ResourceRef.NONE),
                                g -> new ArrayList<>())
                        .add(packed);
            }
        }
        Comparator<ResourceRef> lastIfNone =
                Comparator.comparing((ResourceRef r) -> !r.isPresent())
                        .thenComparing(Comparator.naturalOrder());
        return byWorkstream.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(lastIfNone))
                .map(
                        e ->
                                new WorkstreamGroup(
                                        e.getKey(),
                                        e.getValue().entrySet().stream()
                                                .sorted(Map.Entry.comparingByKey(lastIfNone))
                                                .map(
                                                        g ->
                                                                new WorkingGroupItems(
                                                                        g.getKey(), g.getValue()))
                                                .toList()))
                .toList();
    }

    private static Progress progress(ChangeRequest cr) {
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            byVerdict.put(v, 0);
        }
        cr.impact().orElseThrow().items().stream()
                .map(i -> cr.triageOf(i.iri()))
                .flatMap(java.util.Optional::stream)
                .forEach(t -> byVerdict.merge(t.verdict(), 1, Integer::sum));
        return new Progress(cr.triaged(), cr.items(), byVerdict);
    }

    private static List<Awaiting> awaiting(ChangeRequest cr) {
        Map<ResourceRef, List<String>> open = new LinkedHashMap<>();
        for (FrozenItem item : cr.untriaged()) {
            for (ResourceRef party : item.answerers()) {
                open.computeIfAbsent(party, p -> new ArrayList<>()).add(item.name());
            }
        }
        return open.entrySet().stream()
                .map(
                        e ->
                                new Awaiting(
                                        e.getKey(),
                                        e.getValue().size(),
                                        e.getValue().stream().limit(MAX_LISTED).toList()))
                .sorted(
                        Comparator.comparingInt(Awaiting::open)
                                .reversed()
                                .thenComparing(Awaiting::party))
                .toList();
    }
}
