package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A query's deadline aborts it wherever it is, and a closed deadline never fires. */
class QueryDeadlinesTest {

    private static final DatasetGraph CYCLE = DatasetGraphFactory.createTxnMem();

    private final QueryDeadlines deadlines = new QueryDeadlines();

    @BeforeAll
    static void load() {
        CyclicGraph.load(CYCLE, 5_000);
    }

    @AfterEach
    void stop() {
        deadlines.close();
    }

    @Test
    void abortsASortThatPassesItsDeadline() {
        // 100 million rows to sort: without the deadline this runs for minutes.
        long start = System.nanoTime();
        try (QueryExec exec =
                QueryExec.dataset(CYCLE)
                        .query("SELECT * { GRAPH ?g { ?a ?b ?c . ?s ?p ?o } } ORDER BY ?o ?a")
                        .build()) {
            QueryDeadlines.Deadline deadline = deadlines.abortAfter(exec, Duration.ofMillis(300));

            assertThatThrownBy(() -> exec.select().hasNext())
                    .isInstanceOf(QueryCancelledException.class);
            assertThat(deadline.passed()).isTrue();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aClosedDeadlineNeverAborts() throws Exception {
        try (QueryExec exec =
                QueryExec.dataset(CYCLE).query("ASK { GRAPH ?g { ?s ?p ?o } }").build()) {
            QueryDeadlines.Deadline deadline = deadlines.abortAfter(exec, Duration.ofMillis(50));
            deadline.close();
            Thread.sleep(200);

            assertThat(exec.ask()).isTrue();
            assertThat(deadline.passed()).isFalse();
        }
    }
}
