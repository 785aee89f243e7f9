/**
 * The registry ontology on the classpath and its Java vocabulary classes.
 *
 * <p>Turtle is the source of truth: {@code ontology/ontology.ttl} (OWL classes and relations, with
 * the {@code dr:changePropagates} annotation that drives impact analysis), {@code
 * ontology/vocabularies.ttl} (SKOS concept schemes) and {@code ontology/shapes/*.ttl} (SHACL
 * integrity shapes).
 *
 * <ul>
 *   <li>{@link org.designregistry.ontology.RegistryOntology} :: loads those files from the
 *       classpath.
 *   <li>{@link org.designregistry.ontology.DR} :: constants for the {@code dr:} terms.
 *   <li>{@link org.designregistry.ontology.OSLCRM} :: constants for the reused OSLC RM terms.
 *   <li>{@link org.designregistry.ontology.Vocabularies} :: constants for the concept schemes'
 *       concepts.
 * </ul>
 */
package org.designregistry.ontology;
