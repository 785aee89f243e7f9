package org.designregistry.model.changerequest;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.history.ChangeRecord;

/**
 * A change request's impact assessment pack: the frozen assessment's items grouped by workstream
 * and working group with their triage, the decisions to revisit, the parties to consult, the
 * triage's progress and who has still to answer, the deadline, and the changes made under it.
 * {@link #toMarkdown()} and {@link #writeXlsx(OutputStream)} give it ready to circulate.
 *
 * @param changeRequest the change request
 * @param impact its frozen assessment
 * @param groups the items by owning workstream (unowned last), then by producing working group
 * @param progress how many items are triaged, and how
 * @param awaiting the parties with items still untriaged, most first
 * @param changes the recorded changes made under the change request, newest first
 */
public record ImpactPack(
        ChangeRequest changeRequest,
        FrozenImpact impact,
        List<WorkstreamGroup> groups,
        Progress progress,
        List<Awaiting> awaiting,
        List<ChangeRecord> changes) {

    /** Copies the lists. */
    public ImpactPack {
        Objects.requireNonNull(changeRequest, "changeRequest");
        Objects.requireNonNull(impact, "impact");
        groups = List.copyOf(groups);
        Objects.requireNonNull(progress, "progress");
        awaiting = List.copyOf(awaiting);
        changes = List.copyOf(changes);
    }

    /** Returns the pack as a Markdown document. */
    public String toMarkdown() {
        return PackMarkdown.write(this);
    }

    /**
     * Writes the pack to {@code out} as an XLSX workbook (sheets Pack, Items, Revisit, Consult,
     * Changes); every cell is text. Does not close the stream.
     */
    public void writeXlsx(OutputStream out) {
        PackWorkbook.write(this, out);
    }

    /**
     * The items one workstream owns.
     *
     * @param workstream the workstream, or {@link ResourceRef#NONE} for items no workstream owns
     * @param workingGroups its items by producing working group
     */
    public record WorkstreamGroup(ResourceRef workstream, List<WorkingGroupItems> workingGroups) {

        /** Copies the list. */
        public WorkstreamGroup {
            Objects.requireNonNull(workstream, "workstream");
            workingGroups = List.copyOf(workingGroups);
        }

        /** Returns the number of items in the group. */
        public int size() {
            return workingGroups.stream().mapToInt(w -> w.items().size()).sum();
        }
    }

    /**
     * The items of one workstream that one working group produced.
     *
     * @param workingGroup the working group, or {@link ResourceRef#NONE} for none recorded
     * @param items the items, nearest first, each with its triage
     */
    public record WorkingGroupItems(ResourceRef workingGroup, List<PackItem> items) {

        /** Copies the list. */
        public WorkingGroupItems {
            Objects.requireNonNull(workingGroup, "workingGroup");
            items = List.copyOf(items);
        }
    }

    /**
     * One impacted item and its triage.
     *
     * @param item the item as frozen
     * @param triage its latest triage mark, if any
     */
    public record PackItem(FrozenItem item, Optional<Triage> triage) {

        /** Checks that no part is null. */
        public PackItem {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(triage, "triage");
        }
    }

    /**
     * The triage's progress.
     *
     * @param triaged the items marked
     * @param total the items of the assessment
     * @param byVerdict the items marked with each verdict, in the verdicts' order
     */
    public record Progress(int triaged, int total, Map<Verdict, Integer> byVerdict) {

        /** Copies the map. */
        public Progress {
            byVerdict = Map.copyOf(byVerdict);
        }

        /** Returns true when every item is triaged. */
        public boolean complete() {
            return triaged == total;
        }

        /** Returns the progress in words, such as {@code 3 of 12 triaged}. */
        @Override
        public String toString() {
            return triaged + " of " + total + " triaged";
        }
    }

    /**
     * A party that has still to answer for some items.
     *
     * @param party the owning workstream or producing working group
     * @param open how many of its items are untriaged
     * @param items those items' names, nearest first (at most 25)
     */
    public record Awaiting(ResourceRef party, int open, List<String> items) {

        /** Copies the list. */
        public Awaiting {
            Objects.requireNonNull(party, "party");
            items = List.copyOf(items);
        }
    }
}
