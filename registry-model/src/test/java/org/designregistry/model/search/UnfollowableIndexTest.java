package org.designregistry.model.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.TermLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index is derived and never stops the store: it takes any term the store holds, a store whose
 * index cannot be opened still opens (search degraded, with the reason), and repair builds the
 * index again from nothing.
 */
class UnfollowableIndexTest {

    private static final String LONG_IRI = "https://registry.example/id/" + "a".repeat(40_000);

    @TempDir Path dir;

    @Test
    void indexesAStoreWrittenWithTermsLongerThanLuceneTakes() {
        // What the write left behind: a store written before the limits existed.
        writeAroundTheRegistry(
                NodeFactory.createURI(LONG_IRI), RDFS.label.asNode(), literal("Longwinded"));
        writeAroundTheRegistry(
                NodeFactory.createURI(LONG_IRI),
                DCTerms.identifier.asNode(),
                literal("ID-" + "9".repeat(40_000)));
        writeAroundTheRegistry(
                NodeFactory.createURI("https://registry.example/id/wordy"),
                RDFS.label.asNode(),
                literal("Wordy " + "x".repeat(40_000)));

        try (Registry registry = Registries.connect(dir)) {
            assertThat(registry.search().degraded()).isEmpty();
            assertThat(SearchFixtures.hits(registry, "longwinded"))
                    .singleElement()
                    .satisfies(hit -> assertThat(hit.iri()).isEqualTo(LONG_IRI));
        }
        // A registry configured for longer terms stores them, and its index follows.
        try (Registry registry =
                Registries.connect(dir, new TermLimits(100_000, 100_000, 100_000))) {
            assertThat(SearchFixtures.hits(registry, "longwinded"))
                    .singleElement()
                    .satisfies(hit -> assertThat(hit.iri()).isEqualTo(LONG_IRI));
            assertThat(registry.search().suggest("Wordy", 5)).hasSize(1);

            registry.update(
                    model ->
                            model.getGraph()
                                    .add(
                                            NodeFactory.createURI(LONG_IRI),
                                            RDFS.comment.asNode(),
                                            literal("Verbose")));
            assertThat(SearchFixtures.hits(registry, "verbose")).singleElement();
            assertThat(registry.search().degraded()).isEmpty();
        }
    }

    @Test
    void opensTheStoreWhenTheIndexCannotBeOpenedAndRepairsIt() throws IOException {
        populate();
        // An index damaged past rebuilding in place: a file where its folder should be.
        deleteTree(dir.resolve(RegistrySearch.INDEX_FOLDER));
        Files.writeString(dir.resolve(RegistrySearch.INDEX_FOLDER), "not an index");

        try (Registry registry = Registries.connect(dir)) {
            assertThat(registry.search().degraded())
                    .hasValueSatisfying(
                            why ->
                                    assertThat(why)
                                            .startsWith("the search index cannot be used")
                                            .contains(RegistrySearch.INDEX_FOLDER));
            assertThatThrownBy(() -> SearchFixtures.hits(registry, "tariff"))
                    .isInstanceOf(SearchUnavailableException.class)
                    .hasMessageContaining("registry reindex");

            // Everything that does not need the index works without it.
            assertThat(registry.stats().triples()).isPositive();
            assertThat(registry.validate()).isNotNull();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            registry.export(out, RdfFormat.TURTLE);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("IF-901");
            registry.update(
                    model ->
                            model.getGraph()
                                    .add(
                                            NodeFactory.createURI(
                                                    "https://registry.example/id/later"),
                                            RDFS.label.asNode(),
                                            literal("Later Addition")));

            RebuildReport report = registry.search().repair();
            assertThat(report.indexed()).isEqualTo(5);
            assertThat(report.skipped()).isEmpty();
            assertThat(registry.search().degraded()).isEmpty();
            assertThat(SearchFixtures.identifiers(registry, "tariff")).hasSize(3);
            assertThat(SearchFixtures.hits(registry, "later")).singleElement();
        }
        try (Registry registry = Registries.connect(dir)) {
            assertThat(registry.search().rebuiltAtOpen()).isEmpty();
            assertThat(registry.search().degraded()).isEmpty();
        }
    }

    @Test
    void repairsAnIndexThatIsMerelyCorrupt() throws IOException {
        populate();
        try (Stream<Path> files = Files.list(dir.resolve(RegistrySearch.INDEX_FOLDER))) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        try (Registry registry = Registries.connect(dir)) {
            assertThat(registry.search().degraded()).isEmpty();
            assertThat(registry.search().repair().indexed()).isEqualTo(4);
            assertThat(SearchFixtures.identifiers(registry, "tariff")).hasSize(3);
        }
    }

    private void populate() {
        try (Registry registry = Registries.connect(dir)) {
            registry.loadSources(List.of(RdfSource.classpath("search/ranking.ttl")));
        }
    }

    /** Writes to the store folder directly, as a bulk loader or an older version might. */
    private void writeAroundTheRegistry(Node s, Node p, Node o) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.resolve("store").toString());
        Txn.executeWrite(store, () -> store.getDefaultGraph().add(s, p, o));
        TDBInternal.expel(store);
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
