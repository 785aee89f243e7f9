package org.designregistry.model.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.ShapeViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeRecordingTest {

    static final String DES138 = "https://registry.test/id/artefact/DES138";
    private static final Node DES138_NODE = NodeFactory.createURI(DES138);
    private static final ChangeContext ALICE =
            ChangeContext.of("alice", ChangeContext.REST, "Say what it lists", "CR-7");

    private Registry registry = Registries.createInMemory();

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void recordsAWriteWithItsPrincipalRouteMessageAndPatch() {
        long before = registry.history().latest();

        ChangeContext.runWith(
                ALICE,
                () ->
                        registry.update(
                                m ->
                                        m.add(
                                                m.createResource(DES138),
                                                RDFS.comment,
                                                "Every interface")));

        ChangeHistory history = registry.history();
        assertThat(history.latest()).isEqualTo(before + 1);
        ChangeRecord record = history.get(before + 1).orElseThrow();
        assertThat(record.principal()).isEqualTo("alice");
        assertThat(record.route()).isEqualTo("rest");
        assertThat(record.message()).contains("Say what it lists");
        assertThat(record.changeRequest()).contains("CR-7");
        assertThat(record.touched()).containsExactly(DES138);
        assertThat(history.patch(before + 1).orElseThrow())
                .isEqualTo(new ChangePatch(List.of(comment("Every interface")), List.of()));
    }

    @Test
    void recordsTheLoadAsTheFirstChangeOfTheSystem() {
        ChangeRecord load = registry.history().get(1).orElseThrow();

        assertThat(load.principal()).isEqualTo("system");
        assertThat(load.route()).isEqualTo("direct");
        assertThat(registry.history().patch(1).orElseThrow().added())
                .hasSize((int) registry.size());
    }

    @Test
    void recordsOnlyNetChangesAndNothingForAWriteThatChangesNothing() {
        long before = registry.history().latest();

        registry.update(m -> m.add(m.createResource(DES138), DCTerms.identifier, "DES138"));
        registry.update(
                m -> {
                    m.add(m.createResource(DES138), RDFS.comment, "Temporary");
                    m.removeAll(m.createResource(DES138), RDFS.comment, null);
                });

        assertThat(registry.history().latest()).isEqualTo(before);
    }

    @Test
    void recordsADeleteAndReaddAsNoChangeAndAReplaceAsOneRemovalAndOneAddition() {
        long before = registry.history().latest();

        registry.update(
                m -> {
                    var des138 = m.createResource(DES138);
                    m.removeAll(des138, DCTerms.title, null);
                    des138.addProperty(DCTerms.title, "Interface List");
                    des138.addProperty(RDFS.comment, "first");
                    m.removeAll(des138, RDFS.comment, null);
                    des138.addProperty(RDFS.comment, "second");
                });

        assertThat(registry.history().patch(before + 1).orElseThrow())
                .isEqualTo(new ChangePatch(List.of(comment("second")), List.of()));
    }

    @Test
    void recordsNothingForAWriteTheShapesRefuse() {
        long before = registry.history().latest();

        assertThatThrownBy(
                        () ->
                                registry.update(
                                        m ->
                                                m.removeAll(
                                                        m.createResource(DES138),
                                                        DCTerms.title,
                                                        null)))
                .isInstanceOf(ShapeViolationException.class);

        assertThat(registry.history().latest()).isEqualTo(before);
    }

    @Test
    void recordsNothingForAnAbortedWrite() {
        long before = registry.history().latest();

        Txn.executeWrite(
                registry.dataset(),
                () -> {
                    registry.dataset().getDefaultGraph().add(comment("aborted"));
                    registry.dataset().abort();
                });

        assertThat(registry.history().latest()).isEqualTo(before);
    }

    @Test
    void recordsASparqlUpdateThroughTheDataset() {
        long before = registry.history().latest();

        ChangeContext.runWith(
                ChangeContext.of("tool", ChangeContext.SPARQL_UPDATE, null, null),
                () ->
                        Txn.executeWrite(
                                registry.dataset(),
                                () ->
                                        UpdateExec.dataset(registry.dataset())
                                                .update(
                                                        "INSERT DATA { <"
                                                                + DES138
                                                                + "> <"
                                                                + RDFS.comment.getURI()
                                                                + "> 'By SPARQL' }")
                                                .execute()));

        ChangeRecord record = registry.history().get(before + 1).orElseThrow();
        assertThat(record.route()).isEqualTo("sparql-update");
        assertThat(record.principal()).isEqualTo("tool");
        assertThat(record.message()).isEmpty();
    }

    @Test
    void givesConcurrentWritersDistinctNumbersInCommitOrder() throws Exception {
        long before = registry.history().latest();
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        // Commit order, as the commits report it (a change itself may run more than once: checked
        // ahead, or again after a batch it shared was refused).
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        registry.addCommitListener(
                commit ->
                        commit.added().stream()
                                .filter(t -> t.getPredicate().equals(RDFS.comment.asNode()))
                                .forEach(t -> order.add(t.getObject().getLiteralLexicalForm())));
        for (int i = 0; i < writers; i++) {
            String text = "writer " + i;
            done.add(
                    pool.submit(
                            () -> {
                                start.await();
                                ChangeContext.runWith(
                                        ChangeContext.of(text, "rest", null, null),
                                        () ->
                                                registry.update(
                                                        m ->
                                                                m.add(
                                                                        m.createResource(DES138),
                                                                        RDFS.comment,
                                                                        text)));
                                return null;
                            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        ChangeHistory history = registry.history();
        assertThat(history.latest()).isEqualTo(before + writers);
        List<String> recorded = new ArrayList<>();
        for (long n = before + 1; n <= before + writers; n++) {
            recorded.add(history.get(n).orElseThrow().principal());
        }
        assertThat(recorded).containsExactlyElementsOf(order);
    }

    @Test
    void keepsTheRecordsOutOfTheRegistryGraphAndAnswersGraphQueries() {
        registry.update(m -> m.add(m.createResource(DES138), RDFS.comment, "Queried"));

        long inDefault =
                Txn.calculateRead(
                        registry.dataset(),
                        () ->
                                QueryExec.dataset(registry.dataset())
                                        .query(
                                                "PREFIX prov: <http://www.w3.org/ns/prov#>"
                                                        + " SELECT * { ?c a prov:Activity }")
                                        .select()
                                        .materialize()
                                        .stream()
                                        .count());
        long inGraph =
                Txn.calculateRead(
                        registry.dataset(),
                        () ->
                                QueryExec.dataset(registry.dataset())
                                        .query(
                                                "PREFIX prov: <http://www.w3.org/ns/prov#>"
                                                        + " SELECT ?c { GRAPH <"
                                                        + ChangeHistory.GRAPH_IRI
                                                        + "> { ?c a prov:Activity ; prov:used <"
                                                        + DES138
                                                        + "> } }")
                                        .select()
                                        .materialize()
                                        .stream()
                                        .count());

        assertThat(inDefault).isZero();
        assertThat(inGraph).isEqualTo(2); // the load and the comment
    }

    @Test
    void refusesWritesToTheHistoryGraphThroughTheRegistry() {
        Node change = NodeFactory.createURI("urn:x-design-registry:change:1");

        assertThatThrownBy(
                        () ->
                                Txn.executeWrite(
                                        registry.dataset(),
                                        () ->
                                                registry.dataset()
                                                        .delete(
                                                                HistoryTerms.GRAPH,
                                                                change,
                                                                HistoryTerms.TYPE,
                                                                HistoryTerms.ACTIVITY)))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("append-only");
        assertThat(registry.history().get(1)).isPresent();
    }

    @Test
    void keepsTheHistoryAcrossARestart(@TempDir Path dir) {
        registry.close();
        registry = Registries.connect(dir);
        registry.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
        registry.update(m -> m.add(m.createResource(DES138), RDFS.comment, "Kept"));
        registry.close();

        registry = Registries.connect(dir);
        registry.update(m -> m.add(m.createResource(DES138), RDFS.comment, "After"));

        assertThat(registry.history().latest()).isEqualTo(3);
        assertThat(registry.history().patch(2).orElseThrow().added())
                .containsExactly(comment("Kept"));
    }

    static Triple comment(String text) {
        return Triple.create(
                DES138_NODE, RDFS.comment.asNode(), NodeFactory.createLiteralString(text));
    }
}
