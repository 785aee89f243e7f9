package org.designregistry.model.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.designregistry.ontology.ArchiMate;

/**
 * The ArchiMate classes of the kind {@code element}: every ArchiMate class but those that the
 * registry reads as one of its own kinds (business processes, interfaces, business and data
 * objects, events, requirements and constraints).
 */
final class ArchiMateKinds {

    /** The element types that another kind names; keep in step with {@link Ref.Kind}. */
    private static final Set<String> OWN_KINDS =
            Set.of(
                    "BusinessProcess",
                    "BusinessInterface",
                    "ApplicationInterface",
                    "TechnologyInterface",
                    "BusinessObject",
                    "Contract",
                    "DataObject",
                    "BusinessEvent",
                    "ApplicationEvent",
                    "TechnologyEvent",
                    "ImplementationEvent",
                    "Requirement",
                    "Constraint");

    private ArchiMateKinds() {}

    /**
     * Returns {@code archimate:Element}, its layer classes and the element types of no other kind.
     */
    static Resource[] otherElementClasses() {
        List<Resource> classes = new ArrayList<>();
        classes.add(ArchiMate.Element);
        classes.addAll(
                List.of(
                        ArchiMate.BusinessElement,
                        ArchiMate.ApplicationElement,
                        ArchiMate.TechnologyElement,
                        ArchiMate.PhysicalElement,
                        ArchiMate.MotivationElement,
                        ArchiMate.StrategyElement,
                        ArchiMate.ImplementationElement,
                        ArchiMate.CompositeElement,
                        ArchiMate.Junction));
        ArchiMate.ELEMENT_TYPES.stream()
                .filter(t -> !OWN_KINDS.contains(t))
                .map(ArchiMate::elementClass)
                .forEach(classes::add);
        return classes.toArray(Resource[]::new);
    }
}
