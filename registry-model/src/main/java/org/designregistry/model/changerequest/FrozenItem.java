package org.designregistry.model.changerequest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.catalog.ResourceRef;

/**
 * One resource a change request's impact reached, as it stood when the impact was frozen.
 *
 * @param resource the resource: IRI, identifier, label and type
 * @param typeLabel its type in words
 * @param depth the number of links on its shortest path from what the change request affects
 * @param path that path in words, such as {@code DI-037 -carried by-> IF-002}
 * @param owners the workstreams that own it
 * @param workingGroup the working group that produced it, if any
 * @param status its status in words, or empty text
 * @param approvals the decisions that approved it, which must be revisited
 */
public record FrozenItem(
        ResourceRef resource,
        String typeLabel,
        int depth,
        String path,
        List<ResourceRef> owners,
        Optional<ResourceRef> workingGroup,
        String status,
        List<FrozenApproval> approvals) {

    /** Copies the lists. */
    public FrozenItem {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(typeLabel, "typeLabel");
        Objects.requireNonNull(path, "path");
        owners = List.copyOf(owners);
        Objects.requireNonNull(workingGroup, "workingGroup");
        Objects.requireNonNull(status, "status");
        approvals = List.copyOf(approvals);
    }

    /** Returns the item's IRI. */
    public String iri() {
        return resource.iri();
    }

    /** Returns its identifier, else its label. */
    public String name() {
        return resource.identifier().isEmpty() ? resource.label() : resource.identifier();
    }

    /** Returns the parties who must answer for it: its owning workstreams and its working group. */
    public List<ResourceRef> answerers() {
        List<ResourceRef> all = new java.util.ArrayList<>(owners);
        workingGroup.ifPresent(all::add);
        return List.copyOf(all);
    }
}
