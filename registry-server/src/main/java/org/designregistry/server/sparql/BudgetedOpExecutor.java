package org.designregistry.server.sparql;

import java.util.Set;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterDistinct;
import org.apache.jena.sparql.engine.iterator.QueryIterGroup;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggAvg;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.expr.aggregate.AggCountVar;
import org.apache.jena.sparql.expr.aggregate.AggMax;
import org.apache.jena.sparql.expr.aggregate.AggMin;
import org.apache.jena.sparql.expr.aggregate.AggSample;
import org.apache.jena.sparql.expr.aggregate.AggSum;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's query evaluation with a budget on the rows a query holds in memory: the rows an {@code
 * ORDER BY} sorts (in memory up to {@code registry.sparql.spill-to-disk-threshold}, the rest in
 * temporary files), the rows a {@code GROUP BY} groups, and the distinct rows a {@code DISTINCT}
 * keeps (in memory) all count against {@code registry.sparql.max-sorted-rows} (see {@link
 * HeldRows}).
 *
 * <p>An aggregate without {@code GROUP BY} whose aggregates keep a fixed state ({@code COUNT},
 * {@code SUM}, {@code AVG}, {@code MIN}, {@code MAX}, {@code SAMPLE}, none {@code DISTINCT}) holds
 * nothing per row and streams freely, so that {@code SELECT (COUNT(*) AS ?n) { ?s ?p ?o }} works on
 * any store; {@code GROUP_CONCAT} and {@code DISTINCT} aggregates keep every row and count. It
 * extends TDB2's executor (the store is TDB2) so that TDB2's own evaluation is kept.
 */
final class BudgetedOpExecutor extends OpExecutorTDB2 {

    private static final Set<Class<?>> FIXED_STATE_AGGREGATES =
            Set.of(
                    AggCount.class,
                    AggCountVar.class,
                    AggSum.class,
                    AggAvg.class,
                    AggMin.class,
                    AggMax.class,
                    AggSample.class);

    private final long budget;

    private BudgetedOpExecutor(ExecutionContext context, long budget) {
        super(context);
        this.budget = budget;
    }

    /** Returns a factory of executors that allow each query {@code budget} held rows. */
    static OpExecutorFactory factory(long budget) {
        return context -> new BudgetedOpExecutor(context, budget);
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        QueryIterator rows = exec(opOrder.getSubOp(), input);
        return new QueryIterSort(
                new HeldRows(rows, budget, execCxt), opOrder.getConditions(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpGroup opGroup, QueryIterator input) {
        if (streams(opGroup)) {
            return super.execute(opGroup, input);
        }
        return new QueryIterGroup(
                new HeldRows(exec(opGroup.getSubOp(), input), budget, execCxt),
                opGroup.getGroupVars(),
                opGroup.getAggregators(),
                execCxt);
    }

    @Override
    protected QueryIterator execute(OpDistinct opDistinct, QueryIterator input) {
        QueryIterator rows = exec(opDistinct.getSubOp(), input);
        // A DISTINCT that spills reads all its input before its first row; kept in memory, it
        // streams, and only rows seen for the first time pass it: those are the rows it keeps.
        HeldRows.counter(execCxt);
        Context inMemory = execCxt.getContext().copy();
        inMemory.unset(ARQ.spillToDiskThreshold);
        ExecutionContext distinct =
                ExecutionContext.create(execCxt.getDataset(), execCxt.getActiveGraph(), inMemory);
        return new HeldRows(new QueryIterDistinct(rows, null, distinct), budget, execCxt);
    }

    private static boolean streams(OpGroup opGroup) {
        return opGroup.getGroupVars().isEmpty()
                && opGroup.getAggregators().stream()
                        .map(ExprAggregator::getAggregator)
                        .allMatch(a -> FIXED_STATE_AGGREGATES.contains(a.getClass()));
    }
}
