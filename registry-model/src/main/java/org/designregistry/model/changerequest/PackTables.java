package org.designregistry.model.changerequest;

import java.util.ArrayList;
import java.util.List;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.changerequest.ImpactPack.PackItem;
import org.designregistry.model.changerequest.ImpactPack.WorkingGroupItems;
import org.designregistry.model.changerequest.ImpactPack.WorkstreamGroup;

/**
 * The pack's tables as rows of text, shared by its Markdown and XLSX forms so that both say the
 * same.
 */
final class PackTables {

    static final List<String> SUMMARY_COLUMNS = List.of("Field", "Value");
    static final List<String> ITEM_COLUMNS =
            List.of(
                    "Workstream",
                    "Working group",
                    "Depth",
                    "Identifier",
                    "Label",
                    "Type",
                    "Status",
                    "Why: the chain of links",
                    "Triage",
                    "Comment",
                    "Marked by",
                    "Marked at");
    static final List<String> REVISIT_COLUMNS =
            List.of("Item", "Decision", "Body that must re-decide", "Level");
    static final List<String> CONSULT_COLUMNS = List.of("Kind", "Party", "Because of");
    static final List<String> AWAITING_COLUMNS = List.of("Party", "Untriaged items", "Items");
    static final List<String> CHANGE_COLUMNS = List.of("Change", "Time", "By", "Route", "Message");

    private PackTables() {}

    static List<List<String>> summary(ImpactPack pack) {
        ChangeRequest cr = pack.changeRequest();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Change request", cr.identifier()));
        rows.add(List.of("Title", cr.title()));
        rows.add(List.of("Reason", cr.reason()));
        rows.add(List.of("Raised by", cr.raiser()));
        rows.add(
                List.of(
                        "Raising constituency",
                        cr.constituency().map(PackTables::name).orElse("")));
        rows.add(List.of("Raised", cr.raised().map(Object::toString).orElse("")));
        rows.add(List.of("Status", cr.status().label()));
        rows.add(List.of("Affects", names(pack.impact().starts())));
        rows.add(
                List.of(
                        "Assessed at change",
                        pack.impact().change()
                                + " (downstream, up to "
                                + pack.impact().depth()
                                + " links"
                                + (pack.impact().truncated() ? "; cut by a limit" : "")
                                + ")"));
        rows.add(List.of("Deadline", cr.deadline().map(Object::toString).orElse("")));
        rows.add(List.of("Triage", pack.progress().toString()));
        for (var e :
                pack.progress().byVerdict().entrySet().stream()
                        .sorted(java.util.Map.Entry.comparingByKey())
                        .toList()) {
            rows.add(List.of(e.getKey().label(), Integer.toString(e.getValue())));
        }
        return rows;
    }

    static List<List<String>> items(ImpactPack pack) {
        List<List<String>> rows = new ArrayList<>();
        for (WorkstreamGroup group : pack.groups()) {
            for (WorkingGroupItems wg : group.workingGroups()) {
                for (PackItem packed : wg.items()) {
                    FrozenItem item = packed.item();
                    rows.add(
                            List.of(
                                    nameOrNone(group.workstream()),
                                    nameOrNone(wg.workingGroup()),
                                    Integer.toString(item.depth()),
                                    item.resource().identifier(),
                                    item.resource().label(),
                                    item.typeLabel(),
                                    item.status(),
                                    item.path(),
                                    packed.triage()
                                            .map(t -> t.verdict().label())
                                            .orElse("Untriaged"),
                                    packed.triage().map(Triage::comment).orElse(""),
                                    packed.triage().map(Triage::by).orElse(""),
                                    packed.triage().map(t -> t.at().toString()).orElse("")));
                }
            }
        }
        return rows;
    }

    static List<List<String>> revisits(ImpactPack pack) {
        return pack.impact().revisits().stream()
                .map(
                        r ->
                                List.of(
                                        name(r.item()),
                                        r.approval()
                                                .map(a -> name(a.decision()))
                                                .orElse("(none recorded)"),
                                        r.approval().map(a -> name(a.body())).orElse(""),
                                        r.approval().map(FrozenApproval::level).orElse("")))
                .toList();
    }

    static List<List<String>> consult(ImpactPack pack) {
        List<List<String>> rows = new ArrayList<>();
        FrozenImpact impact = pack.impact();
        add(rows, "Working group", impact.workingGroups());
        add(rows, "Constituency", impact.constituencies());
        add(rows, "Workstream", impact.workstreams());
        add(rows, "Market role", impact.marketRoles());
        return rows;
    }

    static List<List<String>> awaiting(ImpactPack pack) {
        return pack.awaiting().stream()
                .map(
                        a ->
                                List.of(
                                        name(a.party()),
                                        Integer.toString(a.open()),
                                        String.join(", ", a.items())))
                .toList();
    }

    static List<List<String>> changes(ImpactPack pack) {
        return pack.changes().stream()
                .map(
                        c ->
                                List.of(
                                        Long.toString(c.number()),
                                        c.time().toString(),
                                        c.principal(),
                                        c.route(),
                                        c.message().orElse("")))
                .toList();
    }

    private static void add(List<List<String>> rows, String kind, List<Consultee> parties) {
        for (Consultee c : parties) {
            rows.add(List.of(kind, name(c.party()), names(c.via())));
        }
    }

    static String name(ResourceRef ref) {
        return ref.identifier().isEmpty() || ref.identifier().equals(ref.label())
                ? ref.label()
                : ref.identifier() + " " + ref.label();
    }

    private static String nameOrNone(ResourceRef ref) {
        return ref.isPresent() ? name(ref) : "(none)";
    }

    private static String names(List<ResourceRef> refs) {
        return String.join(", ", refs.stream().map(ImpactDrift::name).toList());
    }
}
