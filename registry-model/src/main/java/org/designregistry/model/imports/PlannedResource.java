package org.designregistry.model.imports;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.designregistry.model.catalog.Ref;

/**
 * One resource as a source states it: its kind and identifier (its key in the registry), the values
 * of the properties the source holds, its links, and the problems its reader found.
 *
 * <p>The source owns exactly the properties and relations it names: an import sets each of them to
 * the values given (an empty list clears it) and leaves every other property of the resource, and
 * other resources' links to it, as they are.
 *
 * <p>A new resource gets its kind's class ({@link Ref.Kind#classIri()}) unless the source states
 * its {@code rdf:type} among its values, as an ArchiMate model does with the element's type.
 *
 * @param kind the resource's kind, which gives its class and IRI
 * @param identifier its {@code dcterms:identifier}
 * @param location where the source states it (a row, an element)
 * @param values the values of each property the source holds, at most one entry per property
 * @param links the targets of each relation the source holds, at most one entry per relation
 * @param problems what its reader could not read (a bad date, a value outside its scheme); any
 *     refuses the import
 */
public record PlannedResource(
        Ref.Kind kind,
        String identifier,
        Location location,
        List<PlannedValue> values,
        List<PlannedLink> links,
        List<Refusal> problems) {

    /** Checks the parts and copies the lists. */
    public PlannedResource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(location, "location");
        values = List.copyOf(values);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }

    /** Returns the key of the resource: {@code interface:IF-041}. */
    public String key() {
        return kind.kindName() + ":" + identifier;
    }

    /**
     * The values a source gives one property: literals or IRIs (such as concepts).
     *
     * @param property the property
     * @param values its values, in the source's order; empty to clear it
     * @param location where they are (a cell)
     */
    public record PlannedValue(Node property, List<Node> values, Location location) {

        /** Checks the parts and copies the list. */
        public PlannedValue {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(location, "location");
            values = List.copyOf(values);
        }
    }

    /**
     * The targets a source gives one relation.
     *
     * @param relation the relation, such as {@code dr:sentBy}
     * @param targets its targets, in the source's order; empty to clear it
     * @param location where they are (a cell)
     */
    public record PlannedLink(Node relation, List<LinkTarget> targets, Location location) {

        /** Checks the parts and copies the list. */
        public PlannedLink {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(location, "location");
            targets = List.copyOf(targets);
        }
    }
}
