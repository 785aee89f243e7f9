package org.designregistry.server.baseline;

import java.util.List;
import org.designregistry.model.baseline.BaselineDiff;
import org.designregistry.model.baseline.BaselineDiff.Group;
import org.designregistry.model.baseline.BaselineDiff.Side;
import org.designregistry.model.baseline.BaselineDiff.Status;
import org.designregistry.model.history.Labelled;
import org.designregistry.server.history.ChangeResponse;
import org.designregistry.server.linkeddata.LocalUrls;

/**
 * The difference between two baselines, or a baseline and now.
 *
 * @param from the earlier side as asked
 * @param to the later side as asked ({@code current}: the registry now)
 * @param added how many resources were added
 * @param removed how many were removed
 * @param changed how many changed
 * @param groups the counts per kind and workstream
 * @param resources each resource that differs, with its properties and links old -> new
 * @param changes the recorded changes that made the difference, with who and why
 */
record DiffResponse(
        Side from,
        Side to,
        long added,
        long removed,
        long changed,
        List<Group> groups,
        List<ResourceItem> resources,
        List<ChangeResponse> changes) {

    /**
     * One resource that differs.
     *
     * @param iri its IRI
     * @param identifier its identifier
     * @param label its label
     * @param kind its kind
     * @param workstream its workstreams' labels
     * @param status added, removed or changed
     * @param url its page on this server, or null
     * @param differences its properties and links, old -> new
     * @param changes the numbers of the changes that touched it
     */
    record ResourceItem(
            String iri,
            String identifier,
            String label,
            String kind,
            String workstream,
            Status status,
            String url,
            List<Property> differences,
            List<Long> changes) {}

    /**
     * One property or link of a resource that differs.
     *
     * @param property the property or relation
     * @param before its values on the earlier side
     * @param after its values on the later side
     * @param text the difference in words, such as {@code status: Draft -> Approved}
     */
    record Property(Labelled property, List<Labelled> before, List<Labelled> after, String text) {}

    static DiffResponse of(BaselineDiff diff, LocalUrls urls) {
        return new DiffResponse(
                diff.from(),
                diff.to(),
                diff.count(Status.ADDED),
                diff.count(Status.REMOVED),
                diff.count(Status.CHANGED),
                diff.groups(),
                diff.resources().stream()
                        .map(
                                r ->
                                        new ResourceItem(
                                                r.iri(),
                                                r.identifier(),
                                                r.label(),
                                                r.kind(),
                                                r.workstream(),
                                                r.status(),
                                                urls.path(r.iri()).orElse(null),
                                                r.differences().stream()
                                                        .map(
                                                                d ->
                                                                        new Property(
                                                                                d.property(),
                                                                                d.before(),
                                                                                d.after(),
                                                                                d.text()))
                                                        .toList(),
                                                r.changes()))
                        .toList(),
                diff.changes().stream().map(ChangeResponse::of).toList());
    }
}
