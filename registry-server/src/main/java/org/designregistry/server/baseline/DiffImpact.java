package org.designregistry.server.baseline;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.ResourceFactory;
import org.designregistry.model.Registry;
import org.designregistry.model.baseline.BaselineDiff;
import org.designregistry.model.baseline.BaselineDiff.Status;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.impact.ImpactQuery;
import org.designregistry.model.impact.ImpactReport;
import org.springframework.stereotype.Component;

/**
 * What the changes of a comparison touch: the impact engine run downstream from the resources the
 * comparison shows added or changed that the registry still describes, so the comparison also says
 * what must be re-reviewed. Removed resources are left out: nothing in the registry now depends on
 * them through a link the registry still holds.
 */
@Component
class DiffImpact {

    private final ImpactAnalysis impact;
    private final Registry registry;

    DiffImpact(ImpactAnalysis impact, Registry registry) {
        this.impact = impact;
        this.registry = registry;
    }

    /** Returns the report, or empty when no resource that moved is still described. */
    Optional<ImpactReport> of(BaselineDiff diff) {
        List<String> moved =
                diff.resources().stream()
                        .filter(r -> r.status() != Status.REMOVED)
                        .map(BaselineDiff.ResourceDiff::iri)
                        .toList();
        List<String> starts =
                registry.read(
                        m ->
                                moved.stream()
                                        .filter(
                                                iri ->
                                                        m.contains(
                                                                ResourceFactory.createResource(iri),
                                                                null,
                                                                (org.apache.jena.rdf.model.RDFNode)
                                                                        null))
                                        .toList());
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                impact.analyse(
                        ImpactQuery.from(starts)
                                .direction(ImpactQuery.Direction.DOWNSTREAM)
                                .build()));
    }
}
