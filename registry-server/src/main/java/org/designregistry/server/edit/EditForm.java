package org.designregistry.server.edit;

import java.util.List;
import java.util.Objects;

/**
 * The edit form of a resource, as posted.
 *
 * @param version the version of the resource the form was drawn from: a save is refused if the
 *     resource has changed since
 * @param label the resource's label
 * @param rows every value and link, including the ones the editor added or emptied
 */
public record EditForm(String version, String label, List<EditRow> rows) {

    /** Replaces missing parts with empty ones; a row the browser skipped is dropped. */
    public EditForm {
        version = version == null ? "" : version;
        label = label == null ? "" : label;
        rows = rows == null ? List.of() : rows.stream().filter(Objects::nonNull).toList();
    }
}
