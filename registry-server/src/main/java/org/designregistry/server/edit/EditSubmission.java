package org.designregistry.server.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.vocabulary.XSD;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.resource.ResourceDraft;
import org.designregistry.model.resource.ResourceDraft.LinkInput;
import org.designregistry.model.resource.ResourceDraft.PropertyInput;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.model.resource.Resources;

/**
 * Turns a posted edit form into the draft that replaces the resource's statements, after checking
 * what can be pinned to one row before saving: that each new link names a resource the registry
 * holds, and that each value fits its datatype. The shapes are checked when the draft is saved.
 *
 * @param draft the draft to save
 * @param labelError why the label cannot be saved, if it cannot
 * @param rowErrors a message for each row that cannot be saved, by the row's position
 */
record EditSubmission(
        ResourceDraft draft, Optional<String> labelError, Map<Integer, String> rowErrors) {

    /** Returns true when the draft is worth saving: no label or row was refused. */
    boolean acceptable() {
        return labelError.isEmpty() && rowErrors.isEmpty();
    }

    /** Reads a form; the draft is only worth saving when it is {@link #acceptable()}. */
    static EditSubmission of(EditForm form, Resources resources) {
        List<PropertyInput> values = new ArrayList<>();
        List<LinkInput> links = new ArrayList<>();
        Map<Integer, String> errors = new LinkedHashMap<>();
        List<EditRow> rows = form.rows();
        for (int index = 0; index < rows.size(); index++) {
            int i = index;
            EditRow row = rows.get(i);
            if (!row.kept()) {
                continue;
            }
            String value = row.value().strip();
            if (row.property().isBlank()) {
                errors.put(i, "Choose the property of '" + value + "', or empty the value");
            } else if (row.isLink()) {
                targetProblem(value, resources).ifPresent(p -> errors.put(i, p));
                links.add(new LinkInput(row.property(), value));
            } else if (row.kind().equals(EditRow.IRI)) {
                values.add(PropertyInput.iri(row.property(), value));
            } else {
                // Browsers post a text area's line breaks as CR LF whatever they were.
                String text = row.value().replace("\r\n", "\n");
                literalProblem(text, row.datatype()).ifPresent(p -> errors.put(i, p));
                values.add(
                        new PropertyInput(
                                row.property(),
                                text,
                                emptyToNull(row.datatype()),
                                emptyToNull(row.language()),
                                null));
            }
        }
        ResourceDraft draft =
                new ResourceDraft(Optional.empty(), Optional.empty(), form.label(), values, links);
        Optional<String> labelError =
                form.label().isBlank()
                        ? Optional.of("Enter a label: the name people read for this resource")
                        : Optional.empty();
        return new EditSubmission(draft, labelError, Map.copyOf(errors));
    }

    private static Optional<String> targetProblem(String target, Resources resources) {
        if (target.contains("://")) {
            return resources.describe(target).isPresent()
                    ? Optional.empty()
                    : Optional.of(noSuchResource(target));
        }
        try {
            resources.resolve(Ref.parse(target));
            return Optional.empty();
        } catch (ResourceNotFoundException e) {
            return Optional.of(noSuchResource(target));
        } catch (RegistryException e) {
            // A reference that breaks the grammar, or an identifier several resources share.
            return Optional.of(e.getMessage());
        }
    }

    private static String noSuchResource(String target) {
        return "No resource matches '"
                + target
                + "': enter an identifier such as DI-037, a reference such as data-item:DI-037,"
                + " or an IRI";
    }

    private static Optional<String> literalProblem(String value, String datatypeIri) {
        if (datatypeIri.isBlank()) {
            return Optional.empty();
        }
        RDFDatatype datatype = TypeMapper.getInstance().getSafeTypeByName(datatypeIri);
        if (datatype.isValid(value)) {
            return Optional.empty();
        }
        if (datatypeIri.equals(XSD.date.getURI())) {
            return Optional.of(
                    "Enter a real date as year-month-day, such as 2024-03-31, not '" + value + "'");
        }
        return Optional.of(
                "'" + value + "' is not a valid " + datatypeIri.replace(XSD.getURI(), "xsd:"));
    }

    private static String emptyToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
