package org.designregistry.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangePatch;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.history.ChangeRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that arrive while the writer is busy share one commit of an on-disk store, and each is
 * still checked, recorded and answered as if it had been committed alone.
 */
class BatchedWritesTest {

    private static final String DES138 = "https://registry.test/id/artefact/DES138";
    private static final String DES140 = "https://registry.test/id/artefact/DES140";
    private static final int WRITERS = 6;

    @TempDir Path folder;
    private Registry registry;
    private final ExecutorService callers = Executors.newFixedThreadPool(WRITERS + 1);

    @BeforeEach
    void load() {
        registry = Registries.connect(folder.resolve("store"));
        registry.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
    }

    @AfterEach
    void close() {
        callers.shutdownNow();
        registry.close();
    }

    @Test
    void commitsWritesThatArriveTogetherInOneCommitEachWithItsOwnRecord() throws Exception {
        long version = registry.version();
        long latest = registry.history().latest();

        List<OptionalLong> numbers = lineUp(i -> comment(DES138, "note " + i));

        // One commit for the write that held the writer, one for all the others.
        assertThat(registry.version()).isEqualTo(version + 2);
        assertThat(registry.history().latest()).isEqualTo(latest + 1 + WRITERS);
        assertThat(numbers).doesNotContain(OptionalLong.empty()).doesNotHaveDuplicates();
        for (int i = 0; i < WRITERS; i++) {
            long number = numbers.get(i).getAsLong();
            ChangeRecord record = registry.history().get(number).orElseThrow();
            assertThat(record.principal()).isEqualTo("writer-" + i);
            assertThat(record.message()).contains("write " + i);
            ChangePatch patch = registry.history().patch(number).orElseThrow();
            assertThat(patch.removed()).isEmpty();
            assertThat(patch.added()).hasSize(1);
            assertThat(patch.added().get(0).getObject().getLiteralLexicalForm())
                    .isEqualTo("note " + i);
        }
        assertThat(comments(DES138)).hasSize(WRITERS);
    }

    @Test
    void refusesOnlyTheWriteOfABatchThatBreaksTheShapes() throws Exception {
        long latest = registry.history().latest();

        List<Object> outcomes =
                lineUpOutcomes(
                        i ->
                                i == 2
                                        ? m ->
                                                m.add(
                                                        m.createResource(DES140),
                                                        DCTerms.identifier,
                                                        "not a document number")
                                        : comment(DES138, "note " + i));

        assertThat(outcomes.get(2)).isInstanceOf(ShapeViolationException.class);
        assertThat(outcomes).filteredOn(o -> o instanceof OptionalLong).hasSize(WRITERS - 1);
        assertThat(registry.history().latest()).isEqualTo(latest + 1 + WRITERS - 1);
        assertThat(comments(DES138)).hasSize(WRITERS - 1);
        int identifiers =
                registry.read(
                        m ->
                                m.listObjectsOfProperty(
                                                m.createResource(DES140), DCTerms.identifier)
                                        .toList()
                                        .size());
        assertThat(identifiers).isEqualTo(1);
    }

    @Test
    void givesAFailingChangeItsOwnExceptionAndStoresTheOthers() throws Exception {
        List<Object> outcomes =
                lineUpOutcomes(
                        i ->
                                i == 0
                                        ? m -> {
                                            comment(DES138, "lost").accept(m);
                                            throw new IllegalStateException("change 0 failed");
                                        }
                                        : comment(DES138, "note " + i));

        assertThat(outcomes.get(0))
                .isInstanceOf(IllegalStateException.class)
                .hasFieldOrPropertyWithValue("message", "change 0 failed");
        assertThat(comments(DES138)).hasSize(WRITERS - 1).doesNotContain("lost");
    }

    /** Writes the changes from threads of their own while the writer is held busy; the numbers. */
    private List<OptionalLong> lineUp(java.util.function.IntFunction<Consumer<Model>> changes)
            throws Exception {
        List<Object> outcomes = lineUpOutcomes(changes);
        List<OptionalLong> numbers = new ArrayList<>();
        for (Object outcome : outcomes) {
            if (outcome instanceof Throwable failure) {
                throw new AssertionError("A write failed", failure);
            }
            numbers.add((OptionalLong) outcome);
        }
        return numbers;
    }

    /**
     * Holds the writer thread with a first write, lines up one write per change behind it, each
     * from its own thread with its own change context, then lets them go; returns each write's
     * change number on its caller's thread, or what it threw.
     */
    private List<Object> lineUpOutcomes(java.util.function.IntFunction<Consumer<Model>> changes)
            throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder =
                callers.submit(
                        () ->
                                registry.update(
                                        m -> {
                                            holding.countDown();
                                            await(release);
                                            comment(DES140, "held").accept(m);
                                        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        Map<Integer, Future<Object>> writes = new ConcurrentHashMap<>();
        for (int i = 0; i < WRITERS; i++) {
            int index = i;
            ChangeContext context =
                    ChangeContext.of("writer-" + i, ChangeContext.REST, "write " + i, null);
            writes.put(
                    i,
                    callers.submit(
                            () -> {
                                try {
                                    ChangeRecorder.clearRecorded();
                                    ChangeContext.runWith(
                                            context, () -> registry.update(changes.apply(index)));
                                    return (Object) ChangeRecorder.lastRecorded();
                                } catch (RuntimeException e) {
                                    return e;
                                }
                            }));
        }
        WriteQueue queue = WriteQueue.of(registry);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (queue.waitingCount() < WRITERS && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(queue.waitingCount()).isEqualTo(WRITERS);
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
        List<Object> outcomes = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            outcomes.add(writes.get(i).get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static Consumer<Model> comment(String iri, String text) {
        return m -> m.add(m.createResource(iri), RDFS.comment, text);
    }

    private List<String> comments(String iri) {
        return registry.read(
                m ->
                        m.listObjectsOfProperty(m.createResource(iri), RDFS.comment)
                                .mapWith(o -> o.asLiteral().getLexicalForm())
                                .filterDrop("held"::equals)
                                .toList());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
