package org.designregistry.model.governance;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.ontology.DR;

/**
 * Records a party's concern with a decision, and its settlement: resolved by the body that made the
 * decision, or escalated to the PSG.
 */
final class ConcernWriter {

    private final WorkflowStore store;

    ConcernWriter(WorkflowStore store) {
        this.store = store;
    }

    /**
     * Returns the new concern's IRI. Concerns are decision records, which the write path keeps for
     * approvers; raising one is every editor's step, so this write, which adds only the concern, is
     * made with the workflow's own rights.
     */
    String raise(ConcernDraft draft) {
        AtomicReference<String> created = new AtomicReference<>();
        store.write(
                WriteRights.unrestricted(),
                "Raise a concern with a decision",
                (graph, read) -> {
                    Node decision = read.require(draft.decision(), DR.Decision, "decision");
                    Node party =
                            read.require(draft.constituency(), DR.Constituency, "constituency");
                    String identifier = store.nextIdentifier(graph, Ref.Kind.CONCERN, "CON-");
                    Node concern = store.iri(Ref.Kind.CONCERN, identifier);
                    WorkflowStore.describe(
                            graph,
                            concern,
                            DR.Concern,
                            identifier,
                            "Concern of "
                                    + read.label(party)
                                    + " with "
                                    + read.identifier(decision));
                    WorkflowStore.add(graph, concern, DR.challenges, decision);
                    WorkflowStore.add(graph, concern, DR.voicedBy, party);
                    WorkflowStore.add(
                            graph,
                            concern,
                            DCTerms.description,
                            WorkflowStore.text(draft.description()));
                    WorkflowStore.add(
                            graph,
                            concern,
                            DCTerms.dateSubmitted,
                            WorkflowStore.date(store.today()));
                    created.set(concern.getURI());
                });
        return created.get();
    }

    /** Resolves or escalates an open concern. */
    void settle(String concernIri, Settlement settlement, WriteRights rights) {
        store.write(
                rights,
                settlement.escalated() ? "Escalate a concern to the PSG" : "Resolve a concern",
                (graph, read) -> {
                    Node concern = read.require(concernIri, DR.Concern, "concern");
                    if (read.first(concern, DR.resolvedBy, DR.resolves).isPresent()
                            || read.first(concern, DR.escalatedTo, DR.considers).isPresent()) {
                        throw new WorkflowStateException(
                                read.identifier(concern) + " is settled already");
                    }
                    Node decision =
                            read.first(concern, DR.challenges, DR.challengedBy).orElseThrow();
                    Node body =
                            read.first(decision, DR.madeBy, DR.decided)
                                    .orElseThrow(
                                            () ->
                                                    new RegistryException(
                                                            read.identifier(decision)
                                                                    + " names no body that made"
                                                                    + " it"));
                    if (settlement.escalated()) {
                        Node psg =
                                read.bodyAtLevel(body, 2)
                                        .orElseThrow(
                                                () ->
                                                        new WorkflowStateException(
                                                                "The "
                                                                        + read.label(body)
                                                                        + " reports to no Level 2"
                                                                        + " body (the PSG) to"
                                                                        + " escalate to"));
                        WorkflowStore.add(graph, concern, DR.escalatedTo, psg);
                    } else {
                        WorkflowStore.add(graph, concern, DR.resolvedBy, body);
                    }
                    WorkflowStore.add(
                            graph,
                            concern,
                            DR.resolution,
                            WorkflowStore.text(settlement.resolution()));
                    WorkflowStore.add(
                            graph,
                            concern,
                            DR.settledOn,
                            WorkflowStore.date(settlement.date().orElse(store.today())));
                });
    }
}
