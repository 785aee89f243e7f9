package org.designregistry.server.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * The edit form of a resource, as posted.
 *
 * @param version the version of the resource the form was drawn from: a save is refused if the
 *     resource has changed since
 * @param label the resource's label
 * @param rows every value and link, including the ones the editor added or emptied
 * @param reason why the editor made the change, kept in its change record; may be empty
 */
public record EditForm(String version, String label, List<EditRow> rows, String reason) {

    /**
     * Replaces missing parts with empty ones. Rows are kept as bound, gaps (null) included: the
     * binder may bind {@code rows[n]} again by position, so the list must not shrink.
     */
    public EditForm {
        version = version == null ? "" : version;
        label = label == null ? "" : label;
        rows = rows == null ? new ArrayList<>() : rows;
        reason = reason == null ? "" : reason;
    }

    /** Returns the rows, a position the form skipped as an empty row. */
    @Override
    public List<EditRow> rows() {
        return rows.stream()
                .map(r -> r == null ? EditRow.blank("", "", EditRow.LITERAL, "") : r)
                .toList();
    }
}
