package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.ontology.DR;

/**
 * Records that the body a recommendation was submitted to lets another body decide it: the PSG a
 * Level 2 decision to the DAG, the DAG a Level 3 decision to another Level 3 group or a working
 * group. A body delegates only to a body at its own level or below. A delegation is a decision
 * record: only writers who may record decisions get it stored.
 */
final class DelegationWriter {

    private final WorkflowStore store;

    DelegationWriter(WorkflowStore store) {
        this.store = store;
    }

    /** Returns the new delegation's IRI. */
    String delegate(String recommendationIri, String toBodyIri, LocalDate day, WriteRights rights) {
        AtomicReference<String> created = new AtomicReference<>();
        store.write(
                rights,
                "Delegate a recommendation's decision",
                (graph, read) -> {
                    Node rec = read.require(recommendationIri, DR.Recommendation, "recommendation");
                    Node to = read.require(toBodyIri, DR.GoverningBody, "governing body");
                    Node from = read.first(rec, DR.submittedTo, DR.reviews).orElseThrow();
                    if (read.first(rec, DR.decidedBy, DR.decides).isPresent()) {
                        throw new WorkflowStateException(
                                read.identifier(rec)
                                        + " was decided already: it cannot be delegated");
                    }
                    if (from.equals(to)) {
                        throw new RegistryException(
                                read.identifier(rec)
                                        + " is the "
                                        + read.label(to)
                                        + "'s to decide already (body)");
                    }
                    if (read.level(to) < read.level(from)) {
                        throw new RegistryException(
                                "The "
                                        + read.label(from)
                                        + " cannot delegate to the "
                                        + read.label(to)
                                        + ", a higher body (body): a decision is delegated down");
                    }
                    String identifier = store.nextIdentifier(graph, Ref.Kind.DELEGATION, "DEL-");
                    Node delegation = store.iri(Ref.Kind.DELEGATION, identifier);
                    WorkflowStore.describe(
                            graph,
                            delegation,
                            DR.Delegation,
                            identifier,
                            "The "
                                    + read.identifier(from)
                                    + " delegates "
                                    + read.identifier(rec)
                                    + " to the "
                                    + read.identifier(to));
                    WorkflowStore.add(graph, delegation, DR.delegates, rec);
                    WorkflowStore.add(graph, delegation, DR.delegatedBy, from);
                    WorkflowStore.add(graph, delegation, DR.delegatedTo, to);
                    WorkflowStore.add(graph, delegation, DCTerms.date, WorkflowStore.date(day));
                    created.set(delegation.getURI());
                });
        return created.get();
    }
}
