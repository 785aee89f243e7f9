/**
 * SHACL validation of registry data, reported as plain records that a page, an API or a command
 * line can show without Jena.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.validation.RegistryValidator} :: validates a graph against
 *       shapes parsed once.
 *   <li>{@link org.designregistry.model.validation.ValidationReport} :: the results, in a stable
 *       order, and whether the graph conforms.
 *   <li>{@code Results} :: maps Jena's report entries to {@code Violation}s (paths in SPARQL syntax
 *       with the registry's prefixes).
 * </ul>
 */
package org.designregistry.model.validation;
