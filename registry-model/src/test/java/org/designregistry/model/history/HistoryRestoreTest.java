package org.designregistry.model.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.junit.jupiter.api.Test;

/**
 * A load that brings an exported store's quads (its data and its history graph) restores the
 * history into an empty registry, and numbering goes on from it; anywhere else it is refused.
 */
class HistoryRestoreTest {

    @Test
    void restoresTheHistoryOfAnExportIntoAnEmptyRegistryAndNumbersOnFromIt() {
        List<Quad> exported;
        ChangeRecord last;
        try (Registry source = Registries.createInMemory()) {
            source.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
            ChangeContext.runWith(
                    ChangeContext.of("alice", "rest", "Before the move", null),
                    () ->
                            source.update(
                                    m ->
                                            m.add(
                                                    m.createResource(ChangeRecordingTest.DES138),
                                                    RDFS.comment,
                                                    "Moved")));
            last = source.history().get(source.history().latest()).orElseThrow();
            exported = allQuads(source);
        }

        try (Registry target = Registries.createInMemory()) {
            ChangeRecorder.restoringHistory(
                    () -> {
                        Txn.executeWrite(
                                target.dataset(), () -> exported.forEach(target.dataset()::add));
                        return null;
                    });
            target.update(
                    m ->
                            m.add(
                                    m.createResource(ChangeRecordingTest.DES138),
                                    RDFS.comment,
                                    "After the move"));

            assertThat(target.history().get(last.number())).contains(last);
            assertThat(target.history().latest()).isEqualTo(last.number() + 1);
            assertThat(target.history().patch(last.number() + 1).orElseThrow().added())
                    .containsExactly(ChangeRecordingTest.comment("After the move"));
        }
    }

    @Test
    void refusesToRestoreHistoryIntoARegistryThatHasData() {
        try (Registry target = Registries.createInMemory()) {
            target.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
            Quad record =
                    Quad.create(
                            HistoryTerms.GRAPH,
                            NodeFactory.createURI("urn:x-design-registry:change:99"),
                            HistoryTerms.TYPE,
                            HistoryTerms.ACTIVITY);

            assertThatThrownBy(
                            () ->
                                    ChangeRecorder.restoringHistory(
                                            () -> {
                                                Txn.executeWrite(
                                                        target.dataset(),
                                                        () -> target.dataset().add(record));
                                                return null;
                                            }))
                    .isInstanceOf(RegistryException.class)
                    .hasMessageContaining("empty registry");
            assertThat(target.history().latest()).isEqualTo(1);
        }
    }

    private static List<Quad> allQuads(Registry registry) {
        return Txn.calculateRead(registry.dataset(), () -> registry.dataset().stream().toList());
    }
}
