package org.designregistry.server.sparql;

import java.time.Duration;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query service with the registry's limits: a cap on the solutions a query returns,
 * a clear reply when the time limit stops a query, and a clear reply instead of a crash when a path
 * is too deep even for the SPARQL threads' stacks.
 */
final class RegistryQueryService extends SPARQL_QueryDataset {

    /** The reply header that says the result was capped, and at how many solutions. */
    static final String RESULT_LIMIT_HEADER = "Registry-Result-Limit";

    private final Duration timeout;
    private final int resultLimit;

    RegistryQueryService(Duration timeout, int resultLimit) {
        this.timeout = timeout;
        this.resultLimit = resultLimit;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
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
