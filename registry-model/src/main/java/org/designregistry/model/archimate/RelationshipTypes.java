package org.designregistry.model.archimate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.designregistry.ontology.ArchiMate;

/**
 * The relation of each ArchiMate relationship type, and back: one relation per type, and one per
 * access type for access relationships, so that an access's type survives in the graph.
 */
final class RelationshipTypes {

    /** An exchange format relationship type with its access type (empty for other types). */
    record Type(String xsiType, Optional<String> accessType) {}

    private static final Map<Type, Property> RELATIONS =
            Map.ofEntries(
                    Map.entry(plain("Composition"), ArchiMate.composedOf),
                    Map.entry(plain("Aggregation"), ArchiMate.aggregates),
                    Map.entry(plain("Assignment"), ArchiMate.assignedTo),
                    Map.entry(plain("Realization"), ArchiMate.realizes),
                    Map.entry(plain("Serving"), ArchiMate.serves),
                    Map.entry(access("Access"), ArchiMate.accesses),
                    Map.entry(access("Read"), ArchiMate.reads),
                    Map.entry(access("Write"), ArchiMate.writes),
                    Map.entry(access("ReadWrite"), ArchiMate.readsWrites),
                    Map.entry(plain("Influence"), ArchiMate.influences),
                    Map.entry(plain("Triggering"), ArchiMate.triggers),
                    Map.entry(plain("Flow"), ArchiMate.flowsTo),
                    Map.entry(plain("Specialization"), ArchiMate.specializes),
                    Map.entry(plain("Association"), ArchiMate.associatedWith));

    /** Every relation an element's relationships map to, in the order exports write them. */
    static final List<Property> ALL =
            List.of(
                    ArchiMate.composedOf,
                    ArchiMate.aggregates,
                    ArchiMate.assignedTo,
                    ArchiMate.realizes,
                    ArchiMate.serves,
                    ArchiMate.accesses,
                    ArchiMate.reads,
                    ArchiMate.writes,
                    ArchiMate.readsWrites,
                    ArchiMate.influences,
                    ArchiMate.triggers,
                    ArchiMate.flowsTo,
                    ArchiMate.specializes,
                    ArchiMate.associatedWith);

    /** The relationship types of the exchange format, as its schema spells them. */
    static final List<String> XSI_TYPES =
            List.of(
                    "Composition",
                    "Aggregation",
                    "Assignment",
                    "Realization",
                    "Serving",
                    "Access",
                    "Influence",
                    "Triggering",
                    "Flow",
                    "Specialization",
                    "Association");

    /** The access types of the exchange format. */
    static final List<String> ACCESS_TYPES = List.of("Access", "Read", "Write", "ReadWrite");

    private RelationshipTypes() {}

    /** Returns the relation of a relationship type and access type, or empty if unknown. */
    static Optional<Property> relation(String xsiType, Optional<String> accessType) {
        return Optional.ofNullable(RELATIONS.get(new Type(xsiType, accessType)));
    }

    /** Returns the relationship type a relation stands for, or empty if it stands for none. */
    static Optional<Type> type(Property relation) {
        return RELATIONS.entrySet().stream()
                .filter(e -> e.getValue().equals(relation))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Type plain(String xsiType) {
        return new Type(xsiType, Optional.empty());
    }

    private static Type access(String accessType) {
        return new Type("Access", Optional.of(accessType));
    }
}
