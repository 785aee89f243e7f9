package org.designregistry.model.changerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Resource;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.governance.WorkingDayCalendar;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.impact.ImpactAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Change request numbers on an on-disk store: never given twice, not after a delete, not to writers
 * raising at the same moment.
 */
class ChangeRequestNumbersTest {

    private static final String ID = "https://registry.mhhs.example/id/";
    private static final Clock FRIDAY =
            Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir Path folder;

    private Registry registry;
    private ChangeRequests changeRequests;

    @BeforeEach
    void open() {
        registry = Registries.connect(folder.resolve("store"));
        registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
        changeRequests =
                ChangeRequests.of(
                        registry,
                        ImpactAnalysis.of(registry),
                        ID,
                        new ChangeRequestSettings(
                                2, 10, WorkingDayCalendar.englandAndWales(), FRIDAY));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void neverGivesADeletedChangeRequestsNumberAgain() {
        String first = raise("Lengthen the GSP Group ID").identifier();
        String second = raise("Validate the GSP Group ID").identifier();
        delete(second);
        delete(first);

        String next = raise("Rename the GSP Group ID").identifier();

        assertThat(number(second)).isEqualTo(number(first) + 1);
        assertThat(number(next)).isEqualTo(number(second) + 1);
    }

    @Test
    void givesWritersRaisingAtTheSameMomentDifferentNumbers() throws Exception {
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<String>> raised = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String title = "Concurrent change " + i;
                raised.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return raise(title).identifier();
                                }));
            }
            start.countDown();
            List<String> identifiers = new ArrayList<>();
            for (Future<String> future : raised) {
                identifiers.add(future.get());
            }

            assertThat(identifiers).doesNotHaveDuplicates().hasSize(writers);
            assertThat(changeRequests.list())
                    .extracting(ChangeRequest::identifier)
                    .containsAll(identifiers);
        } finally {
            pool.shutdownNow();
        }
    }

    private ChangeRequest raise(String title) {
        return ChangeContext.callWith(
                ChangeContext.of("edith", "rest", null, null),
                () ->
                        changeRequests.raise(
                                new ChangeRequestDraft(
                                        title,
                                        "A reason",
                                        Optional.empty(),
                                        Optional.empty(),
                                        List.of("DI-037"),
                                        Optional.empty())));
    }

    private void delete(String identifier) {
        String iri = changeRequests.get(identifier).iri();
        ValidatedWrites.update(
                registry,
                model -> {
                    Resource cr = model.createResource(iri);
                    model.removeAll(cr, null, null);
                    model.removeAll(null, null, cr);
                });
        assertThat(changeRequests.find(identifier)).isEmpty();
    }

    private static int number(String identifier) {
        return Integer.parseInt(identifier.substring(2));
    }
}
