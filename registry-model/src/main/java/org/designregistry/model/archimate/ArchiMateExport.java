package org.designregistry.model.archimate;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.designregistry.ontology.ArchiMate;

/**
 * Which part of the registry an ArchiMate export holds: the elements of one imported model or of
 * all, of some element types or of all, and the relationships between the elements it holds.
 *
 * <pre>{@code
 * ArchiMateExport.all().onlyModel("id-switching-model").onlyTypes(Set.of("BusinessProcess"));
 * }</pre>
 *
 * @param model the identifier of the model whose elements to export, or empty for every model
 * @param types the element types to export ({@code xsi:type} names), or empty for every type
 * @param name the name the exported model is given
 */
public record ArchiMateExport(Optional<String> model, Set<String> types, String name) {

    /** Checks the parts: every type must be an ArchiMate element type. */
    public ArchiMateExport {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(name, "name");
        types = Set.copyOf(types);
        for (String type : types) {
            if (!ArchiMate.ELEMENT_TYPES.contains(type)) {
                throw new IllegalArgumentException(
                        "Unknown ArchiMate element type '"
                                + type
                                + "'; expected one of "
                                + String.join(", ", ArchiMate.ELEMENT_TYPES));
            }
        }
    }

    /** Returns the selection of every ArchiMate element in the registry. */
    public static ArchiMateExport all() {
        return new ArchiMateExport(Optional.empty(), Set.of(), "Design Registry");
    }

    /** Returns this selection narrowed to the elements imported from one model. */
    public ArchiMateExport onlyModel(String modelIdentifier) {
        return new ArchiMateExport(Optional.of(modelIdentifier), types, name);
    }

    /** Returns this selection narrowed to some element types. */
    public ArchiMateExport onlyTypes(Set<String> elementTypes) {
        return new ArchiMateExport(model, elementTypes, name);
    }

    /** Returns true when elements of this type are exported. */
    boolean keepsType(String type) {
        return types.isEmpty() || types.contains(type);
    }
}
