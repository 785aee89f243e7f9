package org.designregistry.model.baseline;

import java.util.List;
import java.util.Objects;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.history.Difference;

/**
 * How the registry moved from one baseline to another (or to now): the resources added, removed and
 * changed, each changed property and link from its old values to its new ones, counts by kind and
 * workstream, and the recorded changes that made the difference, with who and why.
 *
 * @param from the earlier side as asked
 * @param to the later side as asked; {@link Side#CURRENT} names the registry now
 * @param resources the resources that differ: added, then removed, then changed, each by kind and
 *     label
 * @param groups the counts per kind and workstream, by kind then workstream
 * @param changes the recorded changes between the two sides that touched what differs, oldest first
 */
public record BaselineDiff(
        Side from,
        Side to,
        List<ResourceDiff> resources,
        List<Group> groups,
        List<ChangeRecord> changes) {

    /** Checks that no part is null. */
    public BaselineDiff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        resources = List.copyOf(resources);
        groups = List.copyOf(groups);
        changes = List.copyOf(changes);
    }

    /** Returns how many resources have the status. */
    public long count(Status status) {
        return resources.stream().filter(r -> r.status() == status).count();
    }

    /**
     * One side of a comparison.
     *
     * @param name the baseline's name, or {@value #CURRENT} for the registry now
     * @param label the baseline's label, or "the registry now"
     * @param change the number of the last change the side holds
     */
    public record Side(String name, String label, long change) {

        /** The name of the registry as it is now, as the other side of a comparison. */
        public static final String CURRENT = "current";
    }

    /** How a resource differs from one side to the other. */
    public enum Status {
        /** Described on the later side only (it has a type there and none before). */
        ADDED,
        /** Described on the earlier side only. */
        REMOVED,
        /** Described on both, with different statements. */
        CHANGED
    }

    /**
     * One resource that differs.
     *
     * @param iri its IRI
     * @param identifier its {@code dcterms:identifier}, or empty text
     * @param label its label (from the later side, or the earlier for a removed one)
     * @param kind its kind name, such as {@code data-item}, or {@code other}
     * @param workstream the labels of its owning workstreams, or empty text
     * @param status added, removed or changed
     * @param differences each of its properties and links whose values differ, old to new
     * @param changes the numbers of the changes that touched it in between, oldest first
     */
    public record ResourceDiff(
            String iri,
            String identifier,
            String label,
            String kind,
            String workstream,
            Status status,
            List<Difference> differences,
            List<Long> changes) {

        /** Copies the lists. */
        public ResourceDiff {
            differences = List.copyOf(differences);
            changes = List.copyOf(changes);
        }
    }

    /**
     * The count of differing resources of one kind and workstream.
     *
     * @param kind the kind name
     * @param workstream the workstream labels, or empty text for none
     * @param added how many were added
     * @param removed how many were removed
     * @param changed how many changed
     */
    public record Group(String kind, String workstream, int added, int removed, int changed) {

        /** Returns the count of all three. */
        public int total() {
            return added + removed + changed;
        }
    }
}
