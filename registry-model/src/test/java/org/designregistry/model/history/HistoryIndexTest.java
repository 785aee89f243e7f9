package org.designregistry.model.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory index the history reads through follows commits and each reader's snapshot. */
class HistoryIndexTest {

    private static final String BASE = "https://registry.test/id/";

    @TempDir Path folder;

    @Test
    void followsCommitsMadeAfterItWasBuilt() {
        try (Registry registry = Registries.connect(folder)) {
            write(registry, "a", "one");
            ChangeHistory history = registry.history();
            assertThat(history.latest()).isEqualTo(1);

            write(registry, "b", "two");
            write(registry, "a", "three");

            assertThat(history.latest()).isEqualTo(3);
            assertThat(numbers(history.list(ChangeQuery.all()))).containsExactly(3L, 2L, 1L);
            assertThat(numbers(history.list(ChangeQuery.all().withResource(BASE + "a"))))
                    .containsExactly(3L, 1L);
            assertThat(history.resourceHistory(BASE + "b", 0, 10).total()).isEqualTo(1);
        }
    }

    @Test
    void isRebuiltFromTheStoreAfterARestart() {
        try (Registry registry = Registries.connect(folder)) {
            write(registry, "a", "one");
            write(registry, "b", "two");
        }
        try (Registry registry = Registries.connect(folder)) {
            ChangeHistory history = registry.history();
            assertThat(numbers(history.list(ChangeQuery.all().withResource(BASE + "b"))))
                    .containsExactly(2L);
            write(registry, "b", "three");
            assertThat(numbers(history.list(ChangeQuery.all().withResource(BASE + "b"))))
                    .containsExactly(3L, 2L);
        }
    }

    @Test
    void aReaderDoesNotSeeChangesCommittedAfterItsTransactionBegan() throws Exception {
        try (Registry registry = Registries.connect(folder)) {
            write(registry, "a", "one");
            ChangeHistory history = registry.history();
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch written = new CountDownLatch(1);
            CompletableFuture<Long> seen =
                    CompletableFuture.supplyAsync(
                            () ->
                                    Txn.calculateRead(
                                            registry.dataset(),
                                            () -> {
                                                reading.countDown();
                                                await(written);
                                                return history.latest();
                                            }));
            reading.await(10, TimeUnit.SECONDS);
            write(registry, "a", "two");
            assertThat(history.latest()).isEqualTo(2); // indexes change 2
            written.countDown();

            assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
    }

    private static void write(Registry registry, String name, String comment) {
        registry.update((Model m) -> m.add(m.createResource(BASE + name), RDFS.comment, comment));
    }

    private static List<Long> numbers(ChangePage page) {
        return page.items().stream().map(ChangeRecord::number).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
