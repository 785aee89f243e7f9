package org.designregistry.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.designregistry.model.GraphAssertions;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.edit.RandomWrites.Write;
import org.designregistry.model.validation.ValidationReport.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Validating only the focus nodes a write can affect refuses exactly the writes that validating the
 * whole graph refuses, with the same violations in the same order: two copies of the MHHS sample
 * take the same seeded sequence of random writes, one checked each way.
 */
class TargetedWriteCheckTest {

    private static final long SEED = 20_261_128L;
    private static final int WRITES = 150;
    // Every tenth write goes in unchecked, as a command-line load would, so that later writes meet
    // a store that already has violations.
    private static final int UNCHECKED_EVERY = 10;

    private final Registry wholeGraph = Registries.createInMemory();
    private final Registry targeted = Registries.createInMemory();

    @BeforeEach
    void load() {
        List<RdfSource> sample =
                new ArrayList<>(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
        sample.add(RdfSource.classpath("edit/local-class.ttl"));
        wholeGraph.loadSources(sample);
        targeted.loadSources(sample);
    }

    @AfterEach
    void close() {
        wholeGraph.close();
        targeted.close();
    }

    @Test
    void refusesExactlyTheWritesTheWholeGraphCheckRefusesWithTheSameViolations() {
        RandomWrites writes = new RandomWrites(SEED);
        List<String> refused = new ArrayList<>();
        List<String> committed = new ArrayList<>();
        int narrowed = 0;
        for (int i = 1; i <= WRITES; i++) {
            Write write = writes.next(GraphAssertions.contents(wholeGraph));
            if (i % UNCHECKED_EVERY == 0) {
                unchecked(wholeGraph, write);
                unchecked(targeted, write);
                continue;
            }
            narrowed += isNarrowed(write) ? 1 : 0;
            Outcome expected = outcome(wholeGraph, WriteCheck.WHOLE_GRAPH, write);

            Outcome actual = outcome(targeted, WriteCheck.AFFECTED_NODES, write);

            assertThat(actual).as("write %d: %s", i, write.kind()).isEqualTo(expected);
            (expected.violations().isEmpty() ? committed : refused).add(write.kind());
        }
        GraphAssertions.assertIsomorphic(
                GraphAssertions.contents(wholeGraph), GraphAssertions.contents(targeted));
        // Not a vacuous run: many writes of each outcome, most of them checked narrowly.
        assertThat(refused).as("refused").hasSizeGreaterThan(WRITES / 5);
        assertThat(committed).as("committed").hasSizeGreaterThan(WRITES / 5);
        assertThat(narrowed)
                .as("writes checked on their focus nodes")
                .isGreaterThan(WRITES * 3 / 4);
    }

    /** Whether a write refused, and with what. */
    private record Outcome(List<Violation> violations) {}

    private static Outcome outcome(Registry registry, WriteCheck check, Write write) {
        DatasetGraph guarded = ValidatedWrites.guard(registry, WriteRights.unrestricted(), check);
        try {
            Txn.executeWrite(guarded, () -> apply(guarded.getDefaultGraph(), write));
            return new Outcome(List.of());
        } catch (ShapeViolationException e) {
            assertThat(e.report().violations()).isNotEmpty();
            return new Outcome(e.report().violations());
        }
    }

    private static void unchecked(Registry registry, Write write) {
        Txn.executeWrite(
                registry.dataset(), () -> apply(registry.dataset().getDefaultGraph(), write));
    }

    /** Returns whether the targeted check validates this write on focus nodes, not everywhere. */
    private boolean isNarrowed(Write write) {
        NetChanges changes = new NetChanges(targeted.dataset(), WriteRights.unrestricted());
        DatasetGraph watched = new DatasetGraphChanges(targeted.dataset(), changes);
        watched.begin(TxnType.WRITE);
        try {
            apply(watched.getDefaultGraph(), write);
            NetChanges.Changes written = changes.current();
            return written.itemised() && targeted.affectedFocusNodes(written.triples()).isPresent();
        } finally {
            watched.abort();
            watched.end();
        }
    }

    private static void apply(Graph graph, Write write) {
        write.removed().forEach(graph::delete);
        write.added().forEach(graph::add);
    }
}
