package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Why SPARQL runs on its own threads: ARQ evaluates {@code +} paths recursively, and over a cycle
 * of 20,000 nodes that overflows an ordinary thread's stack, but not a SPARQL thread's.
 */
class QueryThreadsTest {

    private static final DatasetGraph CYCLE = DatasetGraphFactory.createTxnMem();

    @BeforeAll
    static void loadCycle() {
        CyclicGraph.load(CYCLE, 20_000);
    }

    @Test
    void aDeepPathOverflowsAnOrdinaryThreadStack() throws Exception {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread ordinary =
                new Thread(
                        null,
                        () -> {
                            try {
                                count();
                                outcome.complete(null);
                            } catch (Throwable e) {
                                outcome.complete(e);
                            }
                        },
                        "ordinary",
                        512 * 1024);
        ordinary.start();

        assertThat(outcome.get(60, TimeUnit.SECONDS)).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void aSparqlThreadEvaluatesTheSamePath() throws Exception {
        try (QueryThreads threads =
                new QueryThreads("test", "registry.sparql.threads", 1, 1, 256L * 1024 * 1024)) {
            assertThat(threads.call(QueryThreadsTest::count)).isEqualTo(20_000);
        }
    }

    @Test
    void reportsWhatATaskThrows() {
        try (QueryThreads threads =
                new QueryThreads("test", "registry.sparql.threads", 1, 1, 1024 * 1024)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () ->
                                    threads.call(
                                            () -> {
                                                throw new IllegalStateException("boom");
                                            }))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(IllegalStateException.class);
        }
    }

    private static long count() {
        try (QueryExecution exec =
                QueryExecutionFactory.create(
                        CyclicGraph.reachableFromStart(), DatasetFactory.wrap(CYCLE))) {
            return exec.execSelect().next().getLiteral("n").getLong();
        }
    }
}
