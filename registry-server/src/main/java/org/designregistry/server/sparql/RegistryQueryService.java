package org.designregistry.server.sparql;

import java.time.Duration;
import java.util.Optional;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.web.HttpSC;
import org.designregistry.server.web.Problems;

/**
 * Fuseki's SPARQL query service with the registry's limits: a cap on the solutions a query returns,
 * a clear reply when the time limit stops a query, a clear reply instead of a crash when a path is
 * too deep even for the SPARQL threads' stacks, and 403 problem details for a query with {@code
 * SERVICE}.
 */
final class RegistryQueryService extends SPARQL_QueryDataset {

    /** The reply header that says the result was capped, and at how many solutions. */
    static final String RESULT_LIMIT_HEADER = "Registry-Result-Limit";

    private final Duration timeout;
    private final int resultLimit;

    private final OutboundRequests outbound;

    RegistryQueryService(Duration timeout, int resultLimit, OutboundRequests outbound) {
        this.timeout = timeout;
        this.resultLimit = resultLimit;
        this.outbound = outbound;
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
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (QueryCancelledException e) {
            ServletOps.error(
                    HttpSC.SERVICE_UNAVAILABLE_503,
                    "Query stopped: it ran longer than the time limit of "
                            + seconds(timeout)
                            + " (registry.sparql.timeout). Narrow it, for example by binding the"
                            + " start of a property path, or add a LIMIT.");
        } catch (StackOverflowError e) {
            // The read transaction has been ended while the stack unwound; the thread is fine.
            ServletOps.error(
                    HttpSC.UNPROCESSABLE_ENTITY_422,
                    "Query refused: a property path recursed deeper than the server's query"
                            + " stack allows (registry.sparql.stack-size). Bind the start of the"
                            + " path or bound its length.");
        }
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }
}
