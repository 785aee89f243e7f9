package org.designregistry.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.designregistry.model.GraphAssertions.assertIsomorphic;
import static org.designregistry.model.GraphAssertions.contents;
import static org.designregistry.model.GraphAssertions.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryStoreTest {

    private static final RdfSource DESIGN = RdfSource.classpath("load/design.ttl");
    private static final RdfSource MORE = RdfSource.classpath("load/more.ttl");

    @TempDir Path dir;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void dataAndPrefixesSurviveCloseAndReopen() throws IOException {
        Path store = dir.resolve("store");
        try (Registry registry = Registries.connect(store)) {
            registry.loadSources(List.of(DESIGN));
            assertThat(registry.location()).contains(store.toRealPath());
        }

        try (Registry reopened = Registries.connect(store)) {
            assertIsomorphic(resource("load/design.ttl"), contents(reopened));
            assertThat(turtle(reopened)).contains("workstream:registrations");
        }
    }

    @Test
    void inMemoryRegistryHasNoLocation() {
        try (Registry registry = Registries.createInMemory()) {
            assertThat(registry.location()).isEmpty();
            assertThat(registry.isEmpty()).isTrue();
        }
    }

    @Test
    void aStoreFolderOpensOnceAtATime() throws IOException {
        Path store = dir.resolve("store");
        Registry first = Registries.connect(store);
        Path link = Files.createSymbolicLink(dir.resolve("link"), store);

        assertThatThrownBy(() -> Registries.connect(store.resolve(".")))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining(store.toRealPath().toString())
                .hasMessageContaining("already open");
        assertThatThrownBy(() -> Registries.connect(link))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("already open");

        first.close();
        Registries.connect(store).close();
    }

    @Test
    void readGivesAReadOnlyViewOfTheData() {
        try (Registry registry = Registries.createInMemory()) {
            registry.loadSources(List.of(MORE));

            assertThatThrownBy(
                            () ->
                                    registry.read(
                                            model ->
                                                    model.add(
                                                            model.createResource(
                                                                    "https://registry.test/x"),
                                                            RDFS.label,
                                                            "x")))
                    .isInstanceOf(AddDeniedException.class);
            assertThat(registry.size()).isEqualTo(2);
        }
    }

    @Test
    void closingTwiceDoesNothing() {
        Registry registry = Registries.connect(dir);
        registry.close();
        registry.close();

        assertThatThrownBy(registry::catalog).isInstanceOf(RegistryException.class);
    }

    @Test
    void refusesAStoreFolderThatHoldsOtherFiles() throws IOException {
        Path store = Files.createDirectories(dir.resolve("store"));
        Files.writeString(store.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> Registries.connect(dir))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("holds other files");
        assertThat(Files.list(store)).hasSize(1);
    }

    @Test
    void refusesAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("store"), "");

        assertThatThrownBy(() -> Registries.connect(file))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("not a folder");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readerKeepsItsSnapshotWhileAWriterCommits(boolean onDisk) throws Exception {
        try (Registry registry = onDisk ? Registries.connect(dir) : Registries.createInMemory()) {
            registry.loadSources(List.of(DESIGN));
            CountDownLatch readerInside = new CountDownLatch(1);
            CountDownLatch writerDone = new CountDownLatch(1);

            Future<List<Long>> reader =
                    threads.submit(
                            () ->
                                    registry.read(
                                            model -> {
                                                long before = model.size();
                                                readerInside.countDown();
                                                await(writerDone);
                                                return List.of(before, model.size());
                                            }));
            assertThat(readerInside.await(10, TimeUnit.SECONDS)).isTrue();
            registry.loadSources(List.of(MORE));
            writerDone.countDown();

            assertThat(reader.get(10, TimeUnit.SECONDS)).containsExactly(15L, 15L);
            long fresh = registry.read(model -> model.size());
            assertThat(fresh).isEqualTo(17L);
            assertThat(registry.size()).isEqualTo(17);
        }
    }

    @Test
    void closeWaitsForARunningRead() throws Exception {
        Registry registry = Registries.connect(dir);
        registry.loadSources(List.of(DESIGN));
        CountDownLatch readerInside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<org.apache.jena.rdf.model.Model, Long> slowRead =
                model -> {
                    readerInside.countDown();
                    await(release);
                    return model.size();
                };

        Future<Long> reader = threads.submit(() -> registry.read(slowRead));
        assertThat(readerInside.await(10, TimeUnit.SECONDS)).isTrue();
        Future<?> closing = threads.submit(registry::close);
        Thread.sleep(300);

        assertThat(closing).isNotDone();
        release.countDown();
        assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo(15L);
        closing.get(10, TimeUnit.SECONDS);
        try (Registry reopened = Registries.connect(dir)) {
            assertThat(reopened.size()).isEqualTo(15);
        }
    }

    private static String turtle(Registry registry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        registry.export(out, RdfFormat.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
