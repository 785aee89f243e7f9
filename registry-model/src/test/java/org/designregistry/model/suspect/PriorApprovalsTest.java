package org.designregistry.model.suspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.designregistry.model.history.ChangePatch;
import org.junit.jupiter.api.Test;

/**
 * Approvals before a write give the same answers whether they are looked up per resource (a small
 * write), read all at once (a large one), or looked up after reading all ran over its budget.
 */
class PriorApprovalsTest {

    private static final String NS = "https://registry.test/id/";
    private static final Node KEPT = uri("artefact/KEPT");
    private static final Node NEW = uri("artefact/NEW");
    private static final Node WITHDRAWN = uri("artefact/WITHDRAWN");
    private static final Node BY_INVERSE = uri("artefact/BY-INVERSE");
    private static final Node NEVER = uri("artefact/NEVER");

    @Test
    void answersAlikeByLookupAndByReadingEveryApproval() {
        Graph data = GraphMemFactory.createDefaultGraph();
        Triple kept = approves("D-1", KEPT);
        Triple added = approves("D-2", NEW);
        Triple inverse = Triple.create(BY_INVERSE, SuspectTerms.APPROVED_BY, uri("decision/D-4"));
        data.add(kept);
        data.add(added);
        data.add(inverse);
        ChangePatch patch = new ChangePatch(List.of(added), List.of(approves("D-3", WITHDRAWN)));
        Set<Triple> addedSet = new HashSet<>(patch.added());

        for (int resources : List.of(1, PriorApprovals.READ_ALL_FROM)) {
            PriorApprovals approvals = PriorApprovals.of(data, patch, addedSet, resources);

            assertThat(approvals.approved(KEPT)).as("kept, %d", resources).isTrue();
            assertThat(approvals.approved(BY_INVERSE)).as("approvedBy, %d", resources).isTrue();
            assertThat(approvals.approved(WITHDRAWN)).as("withdrawn, %d", resources).isTrue();
            assertThat(approvals.approved(NEW)).as("added by the write, %d", resources).isFalse();
            assertThat(approvals.approved(NEVER)).as("never, %d", resources).isFalse();
        }
    }

    @Test
    void fallsBackToLookupsWhenThereAreMoreApprovalsThanTheBudget() {
        Graph data = GraphMemFactory.createDefaultGraph();
        int many = PriorApprovals.READ_ALL_FROM * PriorApprovals.BUDGET_PER_RESOURCE + 1;
        for (int i = 0; i < many; i++) {
            data.add(approves("D-" + i, uri("artefact/A-" + i)));
        }
        ChangePatch patch = new ChangePatch(List.of(), List.of());

        PriorApprovals approvals =
                PriorApprovals.of(data, patch, Set.of(), PriorApprovals.READ_ALL_FROM);

        assertThat(approvals.approved(uri("artefact/A-" + (many - 1)))).isTrue();
        assertThat(approvals.approved(NEVER)).isFalse();
    }

    private static Triple approves(String decision, Node resource) {
        return Triple.create(uri("decision/" + decision), SuspectTerms.APPROVES, resource);
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(NS + path);
    }
}
