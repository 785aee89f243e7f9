package org.designregistry.server.edit;

import java.util.List;
import java.util.Optional;
import org.designregistry.model.resource.EditField;
import org.designregistry.model.resource.ResourceDescription;
import org.designregistry.model.resource.Term;

/**
 * What the edit page shows: the form, section by section, with the errors of a refused save beside
 * the fields they concern and listed in a summary at the top.
 *
 * @param resource the resource as stored now
 * @param version the version the form was drawn from
 * @param label the label as the form has it
 * @param labelError why the label was refused, if it was
 * @param fields one section per field the shapes give, in their order
 * @param otherValues the values no field names
 * @param otherLinks the links no field names
 * @param newLinks rows to add a link of any relation
 * @param newValues rows to add a value of any property
 * @param relations the relations a new link may use, each with the classes its links may reach
 * @param valueProperties the properties a new value may use, as suggestions
 * @param problems every error, for the summary, in page order
 * @param notice why the save was refused when no field is to blame (a newer version, the role)
 */
public record EditPage(
        ResourceDescription resource,
        String version,
        String label,
        Optional<String> labelError,
        List<Section> fields,
        Section otherValues,
        Section otherLinks,
        List<Row> newLinks,
        List<Row> newValues,
        List<NewRelation> relations,
        List<Term> valueProperties,
        List<Problem> problems,
        Optional<String> notice) {

    /** Copies the lists. */
    public EditPage {
        fields = List.copyOf(fields);
        newLinks = List.copyOf(newLinks);
        newValues = List.copyOf(newValues);
        relations = List.copyOf(relations);
        valueProperties = List.copyOf(valueProperties);
        problems = List.copyOf(problems);
    }

    /**
     * A relation a new link may use, and the classes its links may reach, which its target's
     * type-ahead suggests.
     *
     * @param relation the relation
     * @param targets the classes of the resources it may link to (or their subclasses); empty for
     *     any resource
     */
    public record NewRelation(Term relation, List<Term> targets) {

        /** Copies the list. */
        public NewRelation {
            targets = List.copyOf(targets);
        }
    }

    /** Returns true when the save was refused. */
    public boolean refused() {
        return !problems.isEmpty() || notice.isPresent();
    }

    /**
     * A group of rows: a field's values, or the values or links no field names.
     *
     * @param id the HTML id of its group, such as {@code field-dr-status}
     * @param field the field, or empty for the other values and links
     * @param rows its rows
     * @param errors the shapes' messages about it
     */
    public record Section(
            String id, Optional<EditField> field, List<Row> rows, List<String> errors) {

        /** Copies the lists. */
        public Section {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }

        /** Returns the rows the resource stores. */
        public List<Row> storedRows() {
            return rows.stream().filter(r -> r.row().stored()).toList();
        }

        /** Returns the rows the editor fills in. */
        public List<Row> newRows() {
            return rows.stream().filter(r -> !r.row().stored()).toList();
        }

        /** Returns true when something about it was refused. */
        public boolean hasErrors() {
            return !errors.isEmpty() || rows.stream().anyMatch(r -> r.error().isPresent());
        }
    }

    /**
     * One row as drawn.
     *
     * @param index its position in the posted form, which names its inputs ({@code rows[3].value})
     * @param row the row
     * @param propertyLabel its property's label, for rows outside a field
     * @param target for a link, the linked resource's label, else empty
     * @param targetPage for a link, the linked resource's page, else empty
     * @param error why it was refused, if it was
     */
    public record Row(
            int index,
            EditRow row,
            String propertyLabel,
            String target,
            String targetPage,
            Optional<String> error) {

        /** Returns the HTML id of its value input, such as {@code row-3}. */
        public String id() {
            return "row-" + index;
        }
    }

    /**
     * One entry of the error summary.
     *
     * @param text the message
     * @param anchor the id of the input or group it concerns, without {@code #}
     */
    public record Problem(String text, String anchor) {}
}
