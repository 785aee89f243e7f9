package org.designregistry.server.changerequest;

import java.util.List;
import org.designregistry.model.changerequest.FrozenItem;
import org.designregistry.model.changerequest.ImpactDrift;
import org.designregistry.server.changerequest.ChangeRequestResponse.Party;

/**
 * What moved between a change request's frozen impact and the impact computed now.
 *
 * @param frozenAt the change the frozen assessment was computed on
 * @param now the change the new one was computed on
 * @param unchanged true when nothing moved
 * @param added items reached now only
 * @param removed items reached then only
 * @param changed items reached both times whose details differ, with what differs
 */
public record DriftResponse(
        long frozenAt,
        long now,
        boolean unchanged,
        List<Hit> added,
        List<Hit> removed,
        List<Moved> changed) {

    /** An item, with its depth and path. */
    public record Hit(Party resource, int depth, String path) {
        static Hit of(FrozenItem item) {
            return new Hit(Party.of(item.resource()), item.depth(), item.path());
        }
    }

    /** An item whose details differ, each as {@code what: before -> after}. */
    public record Moved(Party resource, List<String> differences) {}

    static DriftResponse of(ImpactDrift drift) {
        return new DriftResponse(
                drift.frozenAt(),
                drift.now(),
                drift.unchanged(),
                drift.added().stream().map(Hit::of).toList(),
                drift.removed().stream().map(Hit::of).toList(),
                drift.changed().stream()
                        .map(m -> new Moved(Party.of(m.after().resource()), m.differences()))
                        .toList());
    }
}
