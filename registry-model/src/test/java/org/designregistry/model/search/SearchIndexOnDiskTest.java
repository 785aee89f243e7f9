package org.designregistry.model.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.designregistry.model.search.SearchFixtures.identifiers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry on disk keeps its index in {@code index/} beside {@code store/}, trusts it when it was
 * closed cleanly, and rebuilds it when it is missing, corrupt, left open by a process that died, or
 * out of step with the store.
 */
class SearchIndexOnDiskTest {

    @TempDir Path dir;

    @Test
    void keepsTheIndexBesideTheStoreAndTrustsItAfterACleanClose() {
        try (Registry registry = Registries.connect(dir)) {
            registry.loadSources(List.of(RdfSource.classpath("search/ranking.ttl")));
            assertThat(registry.search().rebuiltAtOpen()).contains("there is none");
        }
        assertThat(dir.resolve("index")).isDirectory();
        assertThat(dir.resolve("store")).isDirectory();

        try (Registry registry = Registries.connect(dir)) {
            assertThat(registry.search().rebuiltAtOpen()).isEmpty();
            assertThat(identifiers(registry, "tariff"))
                    .containsExactly("IF-901", "IF-903", "IF-902");
        }
    }

    @Test
    void rebuildsAMissingIndex() throws IOException {
        populate();
        deleteTree(dir.resolve("index"));

        try (Registry registry = Registries.connect(dir)) {
            assertThat(registry.search().rebuiltAtOpen()).contains("there is none");
            assertThat(identifiers(registry, "tariff")).hasSize(3);
        }
    }

    @Test
    void rebuildsACorruptIndex() throws IOException {
        populate();
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path file :
                    files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }

        try (Registry registry = Registries.connect(dir)) {
            assertThat(registry.search().rebuiltAtOpen())
                    .hasValueSatisfying(why -> assertThat(why).contains("corrupt"));
            assertThat(identifiers(registry, "tariff")).hasSize(3);
        }
        try (Registry registry = Registries.connect(dir)) {
            assertThat(registry.search().rebuiltAtOpen()).isEmpty();
        }
    }

    @Test
    void rebuildsAnIndexLeftOpenByAProcessThatDied() throws IOException {
        Path copy = dir.resolve("copy");
        try (Registry registry = Registries.connect(dir.resolve("data"))) {
            registry.loadSources(List.of(RdfSource.classpath("search/ranking.ttl")));
            // What a process killed now would leave behind: the index as last committed, open.
            copyFiles(dir.resolve("data/index"), copy);
        }
        deleteTree(dir.resolve("data/index"));
        copyFiles(copy, dir.resolve("data/index"));

        try (Registry registry = Registries.connect(dir.resolve("data"))) {
            assertThat(registry.search().rebuiltAtOpen()).contains("it was not closed cleanly");
            assertThat(identifiers(registry, "tariff")).hasSize(3);
        }
    }

    @Test
    void rebuildsAnIndexThatDisagreesWithTheStore() {
        populate();
        // A write that bypassed the registry, such as a bulk loader run on the store folder.
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.resolve("store").toString());
        Txn.executeWrite(
                store,
                () ->
                        store.getDefaultGraph()
                                .add(
                                        NodeFactory.createURI("https://registry.example/id/stray"),
                                        RDFS.label.asNode(),
                                        NodeFactory.createLiteralString("Stray Write")));
        TDBInternal.expel(store);

        try (Registry registry = Registries.connect(dir)) {
            assertThat(registry.search().rebuiltAtOpen())
                    .hasValueSatisfying(
                            why -> assertThat(why).contains("holds 4 resources and the store 5"));
            assertThat(SearchFixtures.hits(registry, "stray")).singleElement();
        }
    }

    @Test
    void rebuildsAnIndexThatMissedACommitAfterItClosed() {
        try (Registry registry = Registries.connect(dir)) {
            registry.loadSources(List.of(RdfSource.classpath("search/ranking.ttl")));
            registry.search().close();
            // The store goes on: a write the closed index cannot follow.
            DatasetGraph dataset = registry.dataset();
            Txn.executeWrite(
                    dataset,
                    () ->
                            dataset.getDefaultGraph()
                                    .delete(
                                            NodeFactory.createURI(
                                                    "https://registry.example/id/IF-901"),
                                            RDFS.label.asNode(),
                                            NodeFactory.createLiteralString(
                                                    "Tariff Notification")));
        }

        try (Registry registry = Registries.connect(dir)) {
            assertThat(registry.search().rebuiltAtOpen())
                    .contains("a write was committed after it was closed");
            assertThat(identifiers(registry, "tariff")).containsExactly("IF-903", "IF-902");
        }
        try (Registry registry = Registries.connect(dir)) {
            assertThat(registry.search().rebuiltAtOpen()).isEmpty();
        }
    }

    @Test
    void closesWithItsRegistry() {
        Registry registry = Registries.createInMemory();
        RegistrySearch search = registry.search();
        registry.close();

        assertThatThrownBy(() -> search.search(SearchQuery.of("tariff")))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(registry::search).isInstanceOf(RegistryException.class);
    }

    private void populate() {
        try (Registry registry = Registries.connect(dir)) {
            registry.loadSources(List.of(RdfSource.classpath("search/ranking.ttl")));
        }
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file :
                    files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(
                        file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
