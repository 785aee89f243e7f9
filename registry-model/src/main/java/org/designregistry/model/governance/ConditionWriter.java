package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.Vocabularies;

/**
 * Marks a decision's condition met, and once all of them are, moves the subjects Approved with
 * conditions to Approved; recorded under the change request among the subjects, if any.
 */
final class ConditionWriter {

    private final WorkflowStore store;

    ConditionWriter(WorkflowStore store) {
        this.store = store;
    }

    /**
     * Marks a condition met on {@code day}; once all of a decision's are, its subjects are
     * Approved.
     */
    void markMet(String conditionIri, LocalDate day, WriteRights rights) {
        Optional<String> changeRequest =
                store.read(
                        read ->
                                read.first(
                                                NodeFactory.createURI(conditionIri),
                                                DR.conditionOf,
                                                DR.hasCondition)
                                        .map(
                                                decision ->
                                                        WorkflowStore.changeRequestAmong(
                                                                read,
                                                                read.linked(
                                                                        decision,
                                                                        DR.approves,
                                                                        DR.approvedBy)))
                                        .flatMap(cr -> cr));
        store.write(
                rights,
                "Mark a decision's condition met",
                changeRequest,
                (graph, read) -> {
                    Node condition = read.require(conditionIri, DR.Condition, "condition");
                    if (read.resources().date(condition, DR.metOn).isPresent()) {
                        throw new WorkflowStateException(
                                read.identifier(condition) + " is marked met already");
                    }
                    WorkflowStore.add(graph, condition, DR.metOn, WorkflowStore.date(day));
                    Node decision =
                            read.first(condition, DR.conditionOf, DR.hasCondition).orElseThrow();
                    boolean allMet =
                            read.linked(decision, DR.hasCondition, DR.conditionOf).stream()
                                    .allMatch(c -> read.resources().date(c, DR.metOn).isPresent());
                    if (allMet) {
                        for (Node subject : read.linked(decision, DR.approves, DR.approvedBy)) {
                            if (graph.contains(
                                    subject,
                                    DR.status.asNode(),
                                    Vocabularies.Status.ApprovedWithConditions.asNode())) {
                                WorkflowStore.replace(
                                        graph,
                                        subject,
                                        DR.status,
                                        Vocabularies.Status.Approved.asNode());
                            }
                        }
                    }
                });
    }
}
