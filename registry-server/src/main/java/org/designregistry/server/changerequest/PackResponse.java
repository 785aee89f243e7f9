package org.designregistry.server.changerequest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.designregistry.model.changerequest.Consultee;
import org.designregistry.model.changerequest.FrozenApproval;
import org.designregistry.model.changerequest.FrozenItem;
import org.designregistry.model.changerequest.ImpactPack;
import org.designregistry.model.changerequest.Triage;
import org.designregistry.server.changerequest.ChangeRequestResponse.Party;

/**
 * A change request's impact assessment pack in the API.
 *
 * @param changeRequest the change request
 * @param depth the links the assessment followed at most
 * @param truncated true when a limit cut the assessment
 * @param progress how many items are triaged, of how many, and how
 * @param groups the items by workstream, then working group, each with its triage
 * @param revisits the decisions to revisit with the bodies and levels that must re-decide
 * @param consult the working groups, constituencies, workstreams and market roles to consult
 * @param awaiting the parties with untriaged items
 * @param changes the recorded changes made under the change request, newest first
 */
public record PackResponse(
        ChangeRequestResponse changeRequest,
        int depth,
        boolean truncated,
        Progress progress,
        List<Group> groups,
        List<RevisitRow> revisits,
        Map<String, List<Consult>> consult,
        List<AwaitingParty> awaiting,
        List<Change> changes) {

    /** The triage's progress. */
    public record Progress(int triaged, int total, Map<String, Integer> byVerdict) {}

    /** The items one workstream owns that one working group produced. */
    public record Group(Party workstream, Party workingGroup, List<Item> items) {}

    /** One impacted item and its triage, or null when untriaged. */
    public record Item(
            Party resource,
            String type,
            int depth,
            String path,
            String status,
            List<Party> owners,
            Party workingGroup,
            TriageMark triage) {

        static Item of(FrozenItem item, Triage triage) {
            return new Item(
                    Party.of(item.resource()),
                    item.typeLabel(),
                    item.depth(),
                    item.path(),
                    item.status(),
                    Party.of(item.owners()),
                    item.workingGroup().map(Party::of).orElse(null),
                    triage == null ? null : TriageMark.of(triage));
        }
    }

    /** An item's triage. */
    public record TriageMark(String verdict, String comment, String by, String at) {
        static TriageMark of(Triage t) {
            return new TriageMark(t.verdict().code(), t.comment(), t.by(), t.at().toString());
        }
    }

    /** A decision to revisit, or null parts when no approving decision is recorded. */
    public record RevisitRow(Party item, Party decision, Party body, String level) {}

    /** A party to consult and the resources that bring it in. */
    public record Consult(Party party, List<Party> because) {
        static List<Consult> of(List<Consultee> parties) {
            return parties.stream()
                    .map(c -> new Consult(Party.of(c.party()), Party.of(c.via())))
                    .toList();
        }
    }

    /** A party with untriaged items. */
    public record AwaitingParty(Party party, int open, List<String> items) {}

    /** A change made under the change request. */
    public record Change(
            long number, String time, String principal, String route, String message) {}

    static PackResponse of(ImpactPack pack) {
        return new PackResponse(
                ChangeRequestResponse.of(pack.changeRequest()),
                pack.impact().depth(),
                pack.impact().truncated(),
                new Progress(
                        pack.progress().triaged(),
                        pack.progress().total(),
                        pack.progress().byVerdict().entrySet().stream()
                                .collect(
                                        Collectors.toMap(
                                                e -> e.getKey().code(), Map.Entry::getValue))),
                pack.groups().stream()
                        .flatMap(
                                g ->
                                        g.workingGroups().stream()
                                                .map(
                                                        w ->
                                                                new Group(
                                                                        Party.of(g.workstream()),
                                                                        Party.of(w.workingGroup()),
                                                                        w.items().stream()
                                                                                .map(
                                                                                        i ->
                                                                                                Item
                                                                                                        .of(
                                                                                                                i
                                                                                                                        .item(),
                                                                                                                i.triage()
                                                                                                                        .orElse(
                                                                                                                                null)))
                                                                                .toList())))
                        .toList(),
                pack.impact().revisits().stream()
                        .map(
                                r ->
                                        new RevisitRow(
                                                Party.of(r.item()),
                                                r.approval()
                                                        .map(a -> Party.of(a.decision()))
                                                        .orElse(null),
                                                r.approval()
                                                        .map(a -> Party.of(a.body()))
                                                        .orElse(null),
                                                r.approval()
                                                        .map(FrozenApproval::level)
                                                        .orElse(null)))
                        .toList(),
                Map.of(
                        "workingGroups", Consult.of(pack.impact().workingGroups()),
                        "constituencies", Consult.of(pack.impact().constituencies()),
                        "workstreams", Consult.of(pack.impact().workstreams()),
                        "marketRoles", Consult.of(pack.impact().marketRoles())),
                pack.awaiting().stream()
                        .map(a -> new AwaitingParty(Party.of(a.party()), a.open(), a.items()))
                        .toList(),
                pack.changes().stream()
                        .map(
                                c ->
                                        new Change(
                                                c.number(),
                                                c.time().toString(),
                                                c.principal(),
                                                c.route(),
                                                c.message().orElse("")))
                        .toList());
    }
}
