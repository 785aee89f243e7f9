package org.designregistry.server.registers;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.designregistry.model.imports.ImportPreview;
import org.designregistry.model.imports.ItemPreview;
import org.designregistry.model.imports.Refusal;

/**
 * What an import did, or would do on a dry run: counts per outcome, each resource's outcome and
 * changes, and every refusal with its location.
 *
 * @param source the file's name
 * @param mapping the mapping it was read with
 * @param dryRun whether this was a preview only
 * @param committed whether the registry was changed
 * @param rows how many resources the file states
 * @param counts the number of resources of each outcome (created, updated ...)
 * @param items each resource, in the file's order
 * @param refusals every refusal, by sheet, row and column
 */
public record ImportResponse(
        String source,
        String mapping,
        boolean dryRun,
        boolean committed,
        int rows,
        Map<String, Integer> counts,
        List<Item> items,
        List<RefusalResponse> refusals) {

    /** Returns the response for a preview or a commit's result. */
    public static ImportResponse of(ImportPreview preview, String mapping, boolean dryRun) {
        Map<String, Integer> counts = new TreeMap<>();
        preview.counts()
                .forEach((k, v) -> counts.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
        return new ImportResponse(
                preview.source(),
                mapping,
                dryRun,
                !dryRun && preview.committable() && !preview.changesNothing(),
                preview.items().size(),
                counts,
                preview.items().stream().map(Item::of).toList(),
                preview.refusals().stream().map(RefusalResponse::of).toList());
    }

    /**
     * One resource.
     *
     * @param key its kind and identifier: {@code interface:IF-041}
     * @param iri its IRI
     * @param outcome created, updated, unchanged, removed or refused
     * @param location where the file states it
     * @param changes each property it changes, old values to new
     * @param refusals why it is refused
     */
    public record Item(
            String key,
            String iri,
            String outcome,
            String location,
            List<ItemPreview.PropertyChange> changes,
            List<RefusalResponse> refusals) {

        static Item of(ItemPreview item) {
            return new Item(
                    item.key(),
                    item.iri(),
                    item.outcome().name().toLowerCase(java.util.Locale.ROOT),
                    item.location().toString(),
                    item.changes(),
                    item.refusals().stream().map(RefusalResponse::of).toList());
        }
    }

    /**
     * A refusal and where it is.
     *
     * @param sheet the sheet or file, or empty
     * @param row the row (the first is 1), or 0
     * @param column the column, such as {@code C (Sender)}, or empty
     * @param element the model element's id, or empty
     * @param location all of it for a person
     * @param reason what is wrong
     */
    public record RefusalResponse(
            String sheet, long row, String column, String element, String location, String reason) {

        static RefusalResponse of(Refusal refusal) {
            var at = refusal.location();
            return new RefusalResponse(
                    at.sheet(),
                    at.row(),
                    at.column(),
                    at.element(),
                    at.toString(),
                    refusal.reason());
        }
    }
}
