package org.designregistry.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitListenerTest {

    private static final String EX = "https://registry.example/id/";
    private static final String PREFIXES =
            "PREFIX ex: <" + EX + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    @TempDir Path dir;

    private final Registry registry = Registries.createInMemory();
    private final List<Commit> commits = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void toldOfALoadAfterItCommitsWithTheAddedTriples() {
        registry.addCommitListener(
                commit -> {
                    // The commit is visible to a new read transaction from inside the listener.
                    assertThat(registry.size()).isEqualTo(2);
                    commits.add(commit);
                });

        registry.loadSources(List.of(turtle("a.ttl", "ex:a rdfs:label \"A\" ; ex:link ex:b .")));

        assertThat(commits).hasSize(1);
        Commit commit = commits.get(0);
        assertThat(commit.itemised()).isTrue();
        assertThat(commit.version()).isEqualTo(1).isEqualTo(registry.version());
        assertThat(commit.added()).hasSize(2);
        assertThat(commit.removed()).isEmpty();
        assertThat(commit.touchedResources()).containsExactly(iri("a"), iri("b"));
    }

    @Test
    void toldOfSparqlUpdatesThroughTheDatasetIncludingDeletesAndClear() {
        registry.loadSources(
                List.of(turtle("a.ttl", "ex:a rdfs:label \"A\" . ex:b rdfs:label \"B\" .")));
        registry.addCommitListener(commits::add);
        DatasetGraph dataset = registry.dataset();

        Txn.executeWrite(
                dataset,
                () -> UpdateAction.parseExecute(PREFIXES + "DELETE WHERE { ex:a ?p ?o }", dataset));
        Txn.executeWrite(
                dataset,
                () ->
                        UpdateAction.parseExecute(
                                PREFIXES + "INSERT DATA { ex:c rdfs:label \"C\" }", dataset));
        Txn.executeWrite(dataset, () -> UpdateAction.parseExecute("CLEAR DEFAULT", dataset));

        assertThat(commits).extracting(Commit::version).containsExactly(2L, 3L, 4L);
        assertThat(commits.get(0).removed())
                .containsExactly(
                        Triple.create(iri("a"), rdfsLabel(), NodeFactory.createLiteralString("A")));
        assertThat(commits.get(1).added()).extracting(Triple::getSubject).containsExactly(iri("c"));
        assertThat(commits.get(2).removed())
                .extracting(Triple::getSubject)
                .containsExactlyInAnyOrder(iri("b"), iri("c"));
        assertThat(registry.size()).isZero();
    }

    @Test
    void notToldOfAFailedLoad() {
        registry.addCommitListener(commits::add);

        assertThatThrownBy(
                        () ->
                                registry.loadSources(
                                        List.of(
                                                turtle("good.ttl", "ex:a rdfs:label \"A\" ."),
                                                turtle("bad.ttl", "ex:a rdfs:label"))))
                .isInstanceOf(RdfParseException.class);

        assertThat(commits).isEmpty();
        assertThat(registry.version()).isZero();
    }

    @Test
    void notToldOfAnAbortedWriteAndNotConfusedByIt() {
        registry.addCommitListener(commits::add);
        DatasetGraph dataset = registry.dataset();

        dataset.begin(org.apache.jena.query.TxnType.WRITE);
        dataset.getDefaultGraph().add(iri("x"), rdfsLabel(), NodeFactory.createLiteralString("X"));
        dataset.abort();
        dataset.end();
        registry.loadSources(List.of(turtle("a.ttl", "ex:a rdfs:label \"A\" .")));

        assertThat(commits).hasSize(1);
        assertThat(commits.get(0).added()).extracting(Triple::getSubject).containsExactly(iri("a"));
    }

    @Test
    void aWriterWaitingForTheStoreDoesNotHideTheChangesOfTheOneWriting() throws Exception {
        registry.addCommitListener(commits::add);
        DatasetGraph dataset = registry.dataset();
        Triple first = Triple.create(iri("a"), iri("p"), iri("b"));
        Triple second = Triple.create(iri("c"), iri("p"), iri("d"));
        dataset.begin(TxnType.WRITE);
        dataset.getDefaultGraph().add(first);
        Thread waiting =
                new Thread(
                        () ->
                                Txn.executeWrite(
                                        dataset, () -> dataset.getDefaultGraph().add(second)));
        waiting.start();
        // Jena announces the second writer's begin, then it waits for the store's writer lock.
        while (waiting.getState() != Thread.State.WAITING
                && waiting.getState() != Thread.State.TIMED_WAITING
                && waiting.isAlive()) {
            Thread.onSpinWait();
        }
        dataset.commit();
        dataset.end();
        waiting.join();

        assertThat(commits)
                .extracting(Commit::added)
                .containsExactly(List.of(first), List.of(second));
    }

    @Test
    void readTransactionsDoNotCountAsCommits() {
        registry.addCommitListener(commits::add);

        registry.size();
        Txn.executeRead(registry.dataset(), () -> registry.dataset().getDefaultGraph().size());

        assertThat(commits).isEmpty();
        assertThat(registry.version()).isZero();
    }

    @Test
    void aFailingListenerDoesNotUndoTheCommitOrSilenceOthers() {
        registry.addCommitListener(
                commit -> {
                    throw new IllegalStateException("listener bug");
                });
        registry.addCommitListener(commits::add);

        registry.loadSources(List.of(turtle("a.ttl", "ex:a rdfs:label \"A\" .")));

        assertThat(registry.size()).isEqualTo(1);
        assertThat(commits).hasSize(1);
    }

    @Test
    void aRemovedListenerIsNotTold() {
        CommitListener listener = commits::add;
        registry.addCommitListener(listener);
        registry.removeCommitListener(listener);

        registry.loadSources(List.of(turtle("a.ttl", "ex:a rdfs:label \"A\" .")));

        assertThat(commits).isEmpty();
        assertThat(registry.version()).isEqualTo(1);
    }

    @Test
    void aWriteTooLargeToItemiseAsksListenersToRebuild() {
        registry.addCommitListener(commits::add);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= Commit.ITEMISED_LIMIT; i++) {
            many.append("ex:r").append(i).append(" rdfs:label \"r\" .\n");
        }

        registry.loadSources(List.of(turtle("many.ttl", many.toString())));

        assertThat(commits).hasSize(1);
        assertThat(commits.get(0).itemised()).isFalse();
        assertThat(commits.get(0).added()).isEmpty();
        assertThat(commits.get(0).touchedResources()).isEmpty();
    }

    @Test
    void onDiskRegistryNotifiesToo() throws Exception {
        Path file = dir.resolve("a.ttl");
        Files.writeString(file, prefixes() + "ex:a rdfs:label \"A\" .", StandardCharsets.UTF_8);
        try (Registry onDisk = Registries.connect(dir.resolve("data"))) {
            onDisk.addCommitListener(commits::add);
            onDisk.load(List.of(file));
        }

        assertThat(commits).singleElement().satisfies(c -> assertThat(c.added()).hasSize(1));
    }

    private static RdfSource turtle(String name, String body) {
        byte[] bytes = (prefixes() + body).getBytes(StandardCharsets.UTF_8);
        return RdfSource.stream(
                name, () -> new java.io.ByteArrayInputStream(bytes), RdfFormat.TURTLE);
    }

    private static String prefixes() {
        return "@prefix ex: <"
                + EX
                + "> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n";
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static Node rdfsLabel() {
        return org.apache.jena.vocabulary.RDFS.label.asNode();
    }
}
