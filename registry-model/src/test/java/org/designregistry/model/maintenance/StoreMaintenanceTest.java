package org.designregistry.model.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreMaintenanceTest {

    static final Node HISTORY = NodeFactory.createURI("urn:test:graph/history");

    private static final Node CHURN = NodeFactory.createURI("urn:test:graph/churn");

    @TempDir Path dir;

    @Test
    void compactionShrinksAStoreThatGrew() throws Exception {
        try (Registry registry = Registries.connect(dir.resolve("data"))) {
            StoreMaintenance maintenance = StoreMaintenance.of(registry);
            writeOneByOne(registry, 0, 20);
            long fresh = maintenance.bytesOnDisk();
            churn(registry, 4);
            long grown = maintenance.bytesOnDisk();
            assertThat(grown).as("grown by writes that were undone").isGreaterThan(fresh);

            StoreMaintenance.Compaction done = maintenance.compact();

            assertThat(done.bytesBefore()).isEqualTo(grown);
            assertThat(done.bytesAfter()).isEqualTo(maintenance.bytesOnDisk()).isLessThan(grown);
            assertThat(generations(registry)).containsExactly("Data-0002");
            assertThat(registry.size()).isEqualTo(20);
        }
    }

    @Test
    void compactedStoreKeepsEveryGraphTakesWritesAndReopens() {
        Path data = dir.resolve("data");
        try (Registry registry = Registries.connect(data)) {
            writeOneByOne(registry, 0, 50);
            addToHistory(registry, "before");
            StoreMaintenance.of(registry).compact();

            writeOneByOne(registry, 50, 10);
            assertThat(registry.size()).isEqualTo(60);
            assertThat(registry.search().rebuild()).isEqualTo(60);
        }
        try (Registry reopened = Registries.connect(data)) {
            assertThat(reopened.size()).isEqualTo(60);
            assertThat(historySize(reopened)).isEqualTo(1);
        }
    }

    @Test
    void refusesToCompactARegistryInMemory() {
        try (Registry registry = Registries.createInMemory()) {
            assertThatThrownBy(() -> StoreMaintenance.of(registry))
                    .isInstanceOf(RegistryException.class)
                    .hasMessageContaining("in memory");
        }
    }

    @Test
    void refusesToCompactInsideATransaction() {
        try (Registry registry = Registries.connect(dir.resolve("data"))) {
            StoreMaintenance maintenance = StoreMaintenance.of(registry);

            Txn.executeRead(
                    registry.dataset(),
                    () ->
                            assertThatThrownBy(maintenance::compact)
                                    .isInstanceOf(RegistryException.class)
                                    .hasMessageContaining("inside one of its transactions"));
        }
    }

    @Test
    void backupIsADatedNquadsFileOfEveryGraph() throws Exception {
        try (Registry registry = Registries.connect(dir.resolve("data"))) {
            writeOneByOne(registry, 0, 3);
            addToHistory(registry, "created");

            StoreMaintenance.Backup backup =
                    StoreMaintenance.of(registry).backup(dir.resolve("backups"));

            assertThat(backup.file().getFileName().toString())
                    .matches("registry-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z\\.nq\\.gz");
            // Three writes and the test's history triple, plus the change history's records.
            assertThat(backup.quads())
                    .isEqualTo(
                            Txn.calculateRead(
                                    registry.dataset(), () -> registry.dataset().stream().count()));
            assertThat(backup.quads()).isGreaterThan(4);
            assertThat(backup.bytes()).isEqualTo(Files.size(backup.file()));
            try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
                assertThat(files).containsExactly(backup.file());
            }
        }
    }

    @Test
    void twoBackupsInOneSecondGetTwoFiles() {
        try (Registry registry = Registries.connect(dir.resolve("data"))) {
            StoreMaintenance maintenance = StoreMaintenance.of(registry);

            Path first = maintenance.backup(dir.resolve("b")).file();
            Path second = maintenance.backup(dir.resolve("b")).file();

            assertThat(second).isNotEqualTo(first).exists();
            assertThat(first).exists();
        }
    }

    /** Makes {@code count} write transactions of one triple each: a store's usual growth. */
    static void writeOneByOne(Registry registry, int from, int count) {
        for (int i = from; i < from + count; i++) {
            Triple triple = labelled(i);
            Txn.executeWrite(
                    registry.dataset(), () -> registry.dataset().getDefaultGraph().add(triple));
        }
    }

    /**
     * Grows the store without changing its contents: each round adds a few thousand triples in one
     * write and deletes them in the next, and TDB2 keeps the blocks both wrote. They go to a graph
     * of the test's own, which the change history does not record, so that the history's records do
     * not grow the store's live size with them.
     */
    static void churn(Registry registry, int rounds) {
        for (int round = 0; round < rounds; round++) {
            List<Triple> batch =
                    IntStream.range(100_000, 103_000)
                            .mapToObj(StoreMaintenanceTest::labelled)
                            .toList();
            Txn.executeWrite(
                    registry.dataset(),
                    () -> batch.forEach(registry.dataset().getGraph(CHURN)::add));
            Txn.executeWrite(
                    registry.dataset(),
                    () -> batch.forEach(registry.dataset().getGraph(CHURN)::delete));
        }
    }

    static Triple labelled(int i) {
        return Triple.create(
                NodeFactory.createURI("urn:test:note/" + i),
                RDFS.label.asNode(),
                NodeFactory.createLiteralString("Note " + i));
    }

    static void addToHistory(Registry registry, String what) {
        Txn.executeWrite(
                registry.dataset(),
                () ->
                        registry.dataset()
                                .getGraph(HISTORY)
                                .add(
                                        Triple.create(
                                                NodeFactory.createURI("urn:test:change/1"),
                                                RDFS.comment.asNode(),
                                                NodeFactory.createLiteralString(what))));
    }

    static long historySize(Registry registry) {
        return Txn.calculateRead(
                registry.dataset(), () -> (long) registry.dataset().getGraph(HISTORY).size());
    }

    private static List<String> generations(Registry registry) throws Exception {
        try (Stream<Path> entries =
                Files.list(registry.location().orElseThrow().resolve("store"))) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("Data-"))
                    .toList();
        }
    }

    static List<RdfSource> sample() {
        return RdfSource.classpathManifest("samples/mhhs/manifest.ttl");
    }
}
