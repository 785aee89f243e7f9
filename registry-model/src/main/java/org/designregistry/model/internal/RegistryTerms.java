package org.designregistry.model.internal;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.designregistry.model.validation.RegistryValidator;
import org.designregistry.ontology.RegistryOntology;

/**
 * What a registry reads its data with, parsed once per registry: the ontology and concept schemes
 * (the terms), read-only, and the validator made from the SHACL shapes.
 */
record RegistryTerms(Graph terms, RegistryValidator validator) {

    static RegistryTerms load() {
        return new RegistryTerms(
                new GraphReadOnly(RegistryOntology.terms().getGraph()),
                RegistryValidator.forShapes(RegistryOntology.shapes()));
    }
}
