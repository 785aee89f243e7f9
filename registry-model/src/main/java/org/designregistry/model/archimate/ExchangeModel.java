package org.designregistry.model.archimate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ArchiMate model as an Open Exchange file states it: its identifier and name, its elements and
 * its relationships, with what the registry keeps of each. Views are not read.
 *
 * @param identifier the model's {@code identifier}
 * @param name the model's name
 * @param elements its elements, in file order
 * @param relationships its relationships, in file order
 */
public record ExchangeModel(
        String identifier, String name, List<Element> elements, List<Relationship> relationships) {

    /** Checks the parts and copies the lists. */
    public ExchangeModel {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(name, "name");
        elements = List.copyOf(elements);
        relationships = List.copyOf(relationships);
    }

    /**
     * An element of the model.
     *
     * @param identifier its {@code identifier}, an XML ID
     * @param type its {@code xsi:type}, one of {@link
     *     org.designregistry.ontology.ArchiMate#ELEMENT_TYPES}
     * @param name its name (the first one given), or its identifier when it has none
     * @param documentation its documentation (the first one given), or empty
     * @param properties its properties as {@code name: value}, in file order
     * @param folder the labels of the organisations that hold it, outermost first, or empty
     */
    public record Element(
            String identifier,
            String type,
            String name,
            Optional<String> documentation,
            List<String> properties,
            List<String> folder) {

        /** Checks the parts and copies the lists. */
        public Element {
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(documentation, "documentation");
            properties = List.copyOf(properties);
            folder = List.copyOf(folder);
        }
    }

    /**
     * A relationship of the model, from its source to its target.
     *
     * @param identifier its {@code identifier}
     * @param type its {@code xsi:type}, such as {@code Serving}
     * @param source the identifier of its source
     * @param target the identifier of its target
     * @param accessType the {@code accessType} of an access relationship ({@code Access} when not
     *     given, as the schema's default), empty for other types
     */
    public record Relationship(
            String identifier,
            String type,
            String source,
            String target,
            Optional<String> accessType) {

        /** Checks the parts. */
        public Relationship {
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(accessType, "accessType");
        }
    }
}
