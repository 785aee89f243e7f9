package org.designregistry.server.sparql;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.util.Symbol;

/**
 * Passes rows on to an operator that holds them (a sort, a grouping, a distinct set), counting them
 * against the query's budget of held rows; the row past the budget stops the query with {@link
 * Exceeded}.
 *
 * <p>The count is per query execution: every such operator of a query (subqueries included) draws
 * on the one budget, kept in the execution's context.
 */
final class HeldRows extends QueryIter1 {

    /** The query holds more rows than its budget; Fuseki answers it with 422 and the message. */
    static final class Exceeded extends QueryDeniedException {
        Exceeded(long budget) {
            super(
                    "Query refused: it sorts, groups or makes distinct more than "
                            + String.format("%,d", budget)
                            + " rows (registry.sparql.max-sorted-rows). Narrow the pattern, or"
                            + " drop ORDER BY, GROUP BY or DISTINCT.");
        }
    }

    private static final Symbol COUNT = Symbol.create("urn:design-registry:sparql:held-rows");

    private final AtomicLong held;
    private final long budget;

    HeldRows(QueryIterator input, long budget, ExecutionContext context) {
        super(input, context);
        this.budget = budget;
        this.held = counter(context);
    }

    /** Returns the query's count of held rows, created on first use. */
    static AtomicLong counter(ExecutionContext context) {
        return context.getContext().computeIfAbsent(COUNT, symbol -> new AtomicLong());
    }

    @Override
    protected boolean hasNextBinding() {
        return getInput().hasNext();
    }

    @Override
    protected Binding moveToNextBinding() {
        if (held.incrementAndGet() > budget) {
            throw new Exceeded(budget);
        }
        return getInput().next();
    }

    @Override
    protected void requestSubCancel() {}

    @Override
    protected void closeSubIterator() {}
}
