package org.designregistry.server.sparql;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;
import org.designregistry.model.RegistryException;
import org.designregistry.model.baseline.Baseline;
import org.designregistry.model.baseline.BaselineNotFoundException;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.server.web.Problems;
import org.springframework.http.HttpStatus;

/**
 * Fuseki's SPARQL query service with the registry's limits: a cap on the solutions a query returns,
 * a time limit that covers sorting, grouping and writing the results (see {@link QueryDeadlines})
 * and is named in the reply, a clear reply instead of a crash when a path is too deep even for the
 * SPARQL threads' stacks, the server's out-of-memory policy for a query that exhausts the heap, and
 * 403 problem details for a query with {@code SERVICE}.
 */
final class RegistryQueryService extends SPARQL_QueryDataset {

    /** The request parameter that names the baseline a query reads instead of the registry. */
    static final String BASELINE_PARAM = "baseline";

    /** The reply header that names the baseline a query read. */
    static final String BASELINE_HEADER = "Registry-Baseline";

    /** The reply header that says the result was capped, and at how many solutions. */
    static final String RESULT_LIMIT_HEADER = "Registry-Result-Limit";

    /** The running query and its deadline: set with its execution, ended with the request. */
    private static final ThreadLocal<Running> RUNNING = new ThreadLocal<>();

    private record Running(QueryExec exec, QueryDeadlines.Deadline deadline) {

        /** Returns whether the query was cancelled: by its deadline, or by ARQ's time-out. */
        boolean cancelled() {
            AtomicBoolean signal = Context.getCancelSignal(exec.getContext());
            return deadline.passed() || (signal != null && signal.get());
        }
    }

    private final Duration timeout;
    private final int resultLimit;
    private final QueryDeadlines deadlines;

    private final OutboundRequests outbound;
    private final Baselines baselines;

    RegistryQueryService(
            Duration timeout,
            int resultLimit,
            QueryDeadlines deadlines,
            OutboundRequests outbound,
            Baselines baselines) {
        this.timeout = timeout;
        this.resultLimit = resultLimit;
        this.deadlines = deadlines;
        this.outbound = outbound;
        this.baselines = baselines;
    }

    /**
     * Answers a query over the registry's dataset with the ontology and concept schemes beside it
     * as named graphs ({@link TermGraphs}), or, with {@code baseline=NAME}, over the registry graph
     * as that baseline holds it (its default graph; it has no named graphs), read in the request's
     * own read transaction, so that the time-out, result cap and budgets are those of every query.
     */
    @Override
    protected Pair<DatasetGraph, Query> decideDataset(
            HttpAction action, Query query, String queryStringLog) {
        String name = action.getRequestParameter(BASELINE_PARAM);
        boolean described =
                query.hasDatasetDescription()
                        || action.getRequestParameter("default-graph-uri") != null
                        || action.getRequestParameter("named-graph-uri") != null;
        if (name == null) {
            Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
            // A query that names its graphs (FROM, FROM NAMED, default-graph-uri,
            // named-graph-uri) reads those graphs of the store, and only those.
            return described
                    ? chosen
                    : Pair.create(TermGraphs.over(chosen.getLeft()), chosen.getRight());
        }
        if (described) {
            ServletOps.errorBadRequest(
                    "A query over a baseline (baseline=) reads that baseline's graph only: it"
                            + " cannot also name graphs (FROM, FROM NAMED, default-graph-uri,"
                            + " named-graph-uri)");
        }
        Baseline baseline;
        try {
            baseline = baselines.find(name).orElseThrow(() -> new BaselineNotFoundException(name));
        } catch (BaselineNotFoundException e) {
            throw RefusedWrites.refuse(Problems.of(HttpStatus.NOT_FOUND, e.getMessage()));
        } catch (RegistryException e) {
            throw RefusedWrites.refuse(Problems.of(HttpStatus.BAD_REQUEST, e.getMessage()));
        }
        action.setResponseHeader(BASELINE_HEADER, baseline.name());
        return Pair.create(DatasetGraphFactory.wrap(baselines.frozenGraph(baseline)), query);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        Optional<String> refusal = outbound.refusal(query);
        if (refusal.isPresent()) {
            throw RefusedWrites.refuse(Problems.outboundRequest(refusal.get()));
        }
        boolean capped = query.isSelectType() || query.isConstructType() || query.isDescribeType();
        if (resultLimit > 0 && capped && (!query.hasLimit() || query.getLimit() > resultLimit)) {
            query.setLimit(resultLimit);
            action.setResponseHeader(RESULT_LIMIT_HEADER, Integer.toString(resultLimit));
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        RUNNING.set(new Running(exec, deadlines.abortAfter(exec, effectiveTimeout(action))));
        return exec;
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        super.sendResults(action, result, prologue);
        // Fuseki ends results cut short by a time-out with a note and status 400; the reply is
        // still held (BoundedReply), so it can be answered as the time-out it was.
        Running running = RUNNING.get();
        if (running != null && running.cancelled()) {
            throw new QueryCancelledException();
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (QueryCancelledException e) {
            timedOut(action);
        } catch (StackOverflowError e) {
            // The read transaction has been ended while the stack unwound; the thread is fine.
            ServletOps.error(
                    HttpSC.UNPROCESSABLE_ENTITY_422,
                    "Query refused: a property path recursed deeper than the server's query"
                            + " stack allows (registry.sparql.stack-size). Bind the start of the"
                            + " path or bound its length.");
        } catch (OutOfMemoryError e) {
            // Fuseki would answer 500 and carry on in a JVM that may have lost any thread.
            Thread current = Thread.currentThread();
            Thread.UncaughtExceptionHandler policy = Thread.getDefaultUncaughtExceptionHandler();
            if (policy != null) {
                policy.uncaughtException(current, e);
            }
            throw e;
        } catch (RuntimeException e) {
            // An aborted sort can fail with its own error instead of QueryCancelledException.
            Running running = RUNNING.get();
            if (running != null && running.deadline().passed()) {
                timedOut(action);
            }
            throw e;
        } finally {
            Running running = RUNNING.get();
            if (running != null) {
                running.deadline().close();
                RUNNING.remove();
            }
        }
    }

    private void timedOut(HttpAction action) {
        Duration limit = effectiveTimeout(action);
        String source =
                limit.equals(timeout)
                        ? "registry.sparql.timeout"
                        : "the request's timeout parameter; the server's is "
                                + seconds(timeout)
                                + ", registry.sparql.timeout";
        ServletOps.error(
                HttpSC.SERVICE_UNAVAILABLE_503,
                "Query stopped: it ran longer than the time limit of "
                        + seconds(limit)
                        + " ("
                        + source
                        + "). Narrow it, for example by binding the start of a property path, or"
                        + " add a LIMIT.");
    }

    /** Returns the time limit of this request: the server's, or the client's when that is lower. */
    private Duration effectiveTimeout(HttpAction action) {
        String requested = action.getRequestParameter("timeout");
        if (requested == null) {
            return timeout;
        }
        Pair<Long, Long> parsed = Timeouts.parseTimeoutStr(requested.strip(), TimeUnit.SECONDS);
        if (parsed == null || parsed.getRight() <= 0) {
            return timeout;
        }
        Duration client = Duration.ofMillis(parsed.getRight());
        return client.compareTo(timeout) < 0 ? client : timeout;
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }
}
