package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactReport.Cut;
import org.designregistry.model.impact.ImpactReport.Limit;

/** Says where a limit cut a finished walk: the depth, and the resources whose links were left. */
final class WalkCuts {

    private static final int FRONTIER_SHOWN = 10;

    private WalkCuts() {}

    /** Returns the cuts of one walk, none when it ran to the end. */
    static List<Cut> of(
            ReportAssembler.Outcome outcome,
            ImpactQuery query,
            Function<int[], List<ResourceRef>> refs) {
        Walk w = outcome.walk();
        List<Cut> cuts = new ArrayList<>();
        String dir = outcome.direction().name().toLowerCase(java.util.Locale.ROOT);
        if (w.end != Walk.End.COMPLETE) {
            int unexplored = w.size - w.cutAt;
            int[] frontier = new int[Math.min(FRONTIER_SHOWN, unexplored)];
            System.arraycopy(w.order, w.cutAt, frontier, 0, frontier.length);
            int depth = w.depth(w.order[w.cutAt]);
            boolean cap = w.end == Walk.End.RESULT_CAP;
            String why =
                    cap
                            ? "the result limit of " + query.maxResults() + " was reached"
                            : "the time budget of " + query.timeBudget().toMillis() + " ms ran out";
            cuts.add(
                    new Cut(
                            cap ? Limit.RESULT_CAP : Limit.TIME,
                            outcome.direction(),
                            depth,
                            unexplored,
                            refs.apply(frontier),
                            "The "
                                    + dir
                                    + " walk stopped at depth "
                                    + depth
                                    + " because "
                                    + why
                                    + ": "
                                    + unexplored
                                    + " resources found were not fully explored, and what lies"
                                    + " beyond them is not listed"));
        }
        if (query.maxDepth().isPresent()) {
            int[] frontier =
                    w.depthFrontier(outcome.relations(), outcome.types(), outcome.maxDepth());
            if (frontier.length > 0) {
                int[] shown =
                        java.util.Arrays.copyOf(
                                frontier, Math.min(FRONTIER_SHOWN, frontier.length));
                cuts.add(
                        new Cut(
                                Limit.DEPTH,
                                outcome.direction(),
                                outcome.maxDepth(),
                                frontier.length,
                                refs.apply(shown),
                                "The "
                                        + dir
                                        + " walk reached the depth limit of "
                                        + outcome.maxDepth()
                                        + ": "
                                        + frontier.length
                                        + " resources at that depth have links that were not"
                                        + " followed"));
            }
        }
        return cuts;
    }
}
