package org.designregistry.model.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.GraphAssertions;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeRevertsTest {

    private static final String IN_REVIEW = "https://w3id.org/design-registry/status/InReview";
    private static final WriteRights EDITOR = () -> false;

    private final Registry registry = Registries.createInMemory();
    private long loaded;

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
        loaded = registry.history().latest();
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void restoresThePreviousTriplesAsANewRecordedChange() {
        Graph before = GraphAssertions.contents(registry);
        registry.update(m -> ChangeHistoryTest.setStatus(m, IN_REVIEW));

        ChangeRecord revert =
                ChangeContext.callWith(
                        ChangeContext.of("ada", "rest", "Approved too early", null),
                        () -> ChangeReverts.revert(registry, loaded + 1, EDITOR));

        assertThat(GraphAssertions.contents(registry).isIsomorphicWith(before)).isTrue();
        assertThat(revert.number()).isEqualTo(loaded + 2);
        assertThat(revert.principal()).isEqualTo("ada");
        assertThat(revert.route()).isEqualTo("revert");
        assertThat(revert.message())
                .contains("Revert change " + (loaded + 1) + ": Approved too early");
        assertThat(registry.history().patch(loaded + 2).orElseThrow())
                .isEqualTo(registry.history().patch(loaded + 1).orElseThrow().inverse());
    }

    @Test
    void refusesARevertThatConflictsWithLaterChangesNamingThem() {
        registry.update(m -> ChangeHistoryTest.setStatus(m, IN_REVIEW));
        registry.update(m -> m.add(ChangeHistoryTest.des140(m), RDFS.comment, "Unrelated"));
        registry.update(
                m ->
                        ChangeHistoryTest.setStatus(
                                m, "https://w3id.org/design-registry/status/Draft"));
        Graph before = GraphAssertions.contents(registry);

        assertThatThrownBy(() -> ChangeReverts.revert(registry, loaded + 1, EDITOR))
                .isInstanceOfSatisfying(
                        RevertConflictException.class,
                        e -> assertThat(e.conflicting()).containsExactly(loaded + 3))
                .hasMessageContaining("(" + (loaded + 3) + ")");
        assertThat(GraphAssertions.contents(registry).isIsomorphicWith(before)).isTrue();
        assertThat(registry.history().latest()).isEqualTo(loaded + 3);
    }

    @Test
    void refusesToRevertADecisionWithoutTheRightToRecordDecisions() {
        Graph before = GraphAssertions.contents(registry);

        assertThatThrownBy(() -> ChangeReverts.revert(registry, loaded, EDITOR))
                .isInstanceOf(DecisionWriteRefusedException.class);
        assertThat(GraphAssertions.contents(registry).isIsomorphicWith(before)).isTrue();
    }

    @Test
    void namesTheDecisionsAChangeTouchedAndNoneForOtherChanges() {
        String decision = "https://registry.test/id/decision/DAG-2021-11-17-01";
        registry.update(m -> m.add(m.createResource(decision), RDFS.comment, "Minuted"));
        registry.update(m -> ChangeHistoryTest.setStatus(m, IN_REVIEW));

        assertThat(ChangeReverts.decisionsChanged(registry, loaded + 1)).containsExactly(decision);
        assertThat(ChangeReverts.decisionsChanged(registry, loaded + 2)).isEmpty();
        // The load created the decision, with its type.
        assertThat(ChangeReverts.decisionsChanged(registry, loaded)).contains(decision);
    }

    @Test
    void answersAnUnknownChangeWithNotFound() {
        assertThatThrownBy(() -> ChangeReverts.revert(registry, 999, EDITOR))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("999");
    }
}
