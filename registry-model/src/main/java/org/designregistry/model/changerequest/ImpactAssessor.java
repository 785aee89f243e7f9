package org.designregistry.model.changerequest;

import java.util.List;
import org.designregistry.model.RegistryException;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.impact.ImpactQuery;

/**
 * Assesses what a change request's resources would change: the impact engine downstream, over the
 * relations that carry change, to a depth, frozen with the number of the change it was computed on.
 */
final class ImpactAssessor {

    private final ImpactAnalysis analysis;
    private final ChangeHistory history;

    ImpactAssessor(ImpactAnalysis analysis, ChangeHistory history) {
        this.analysis = analysis;
        this.history = history;
    }

    /**
     * Returns the impact of changing {@code starts}, frozen at the latest change.
     *
     * @throws RegistryException naming {@code affects} when a start is not in the registry
     */
    FrozenImpact assess(List<String> starts, int depth) {
        long change = history.latest();
        try {
            ImpactQuery query =
                    ImpactQuery.from(starts)
                            .direction(ImpactQuery.Direction.DOWNSTREAM)
                            .maxDepth(depth)
                            .build();
            return FrozenImpact.of(analysis.analyse(query), change, depth);
        } catch (IllegalArgumentException e) {
            throw new RegistryException(e.getMessage() + " (affects)");
        }
    }

    /**
     * Returns a change request's frozen assessment.
     *
     * @throws RegistryException if it has none
     */
    static FrozenImpact frozen(ChangeRequest cr) {
        return cr.impact()
                .orElseThrow(
                        () ->
                                new RegistryException(
                                        cr.identifier()
                                                + " has no impact assessment yet: reassess it to"
                                                + " freeze one"));
    }
}
