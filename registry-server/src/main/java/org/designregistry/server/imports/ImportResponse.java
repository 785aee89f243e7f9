package org.designregistry.server.imports;

import java.util.List;
import java.util.Map;
import org.designregistry.model.imports.ImportPreview;
import org.designregistry.model.imports.ItemPreview;
import org.designregistry.model.imports.Refusal;

/**
 * What an import would do or did: the source, whether it was committed, the count of each outcome,
 * each resource's outcome with its changes, and every refusal located.
 *
 * @param source the file's name
 * @param committed true when the import was stored
 * @param counts the number of resources per outcome (CREATED, UPDATED, UNCHANGED, REMOVED, REFUSED)
 * @param items one per resource, in the file's order
 * @param refusals every reason the import cannot be stored, with its location
 */
record ImportResponse(
        String source,
        boolean committed,
        Map<ItemPreview.Outcome, Integer> counts,
        List<ItemPreview> items,
        List<RefusalResponse> refusals) {

    static ImportResponse of(ImportPreview preview, boolean committed) {
        return new ImportResponse(
                preview.source(),
                committed,
                preview.counts(),
                preview.items(),
                preview.refusals().stream().map(RefusalResponse::of).toList());
    }

    /** A refusal: where, as text and by part, and why. */
    record RefusalResponse(
            String location, String sheet, long row, String column, String element, String reason) {
        static RefusalResponse of(Refusal refusal) {
            var at = refusal.location();
            return new RefusalResponse(
                    at.toString(),
                    at.sheet(),
                    at.row(),
                    at.column(),
                    at.element(),
                    refusal.reason());
        }
    }
}
