/**
 * SHACL validation of registry data, reported as plain records that a page, an API or a command
 * line can show without Jena.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.validation.RegistryValidator} :: validates a graph, or some
 *       of its focus nodes, against shapes parsed once; tells which focus nodes a change affects.
 *   <li>{@link org.designregistry.model.validation.ValidationReport} :: the results, in a stable
 *       order, and whether the graph conforms.
 *   <li>{@code Results} :: maps Jena's report entries to {@code Violation}s (paths in SPARQL syntax
 *       with the registry's prefixes).
 *   <li>{@code ShapeReads} :: works out from the shapes what validating a focus node may read, as
 *       {@code Reads}: the predicates read at each depth from it, forwards and backwards.
 *   <li>{@code QueryReads} :: the same for the query of a SPARQL constraint.
 *   <li>{@code FocusNodeValidation} :: validates chosen focus nodes, or every target of the whole
 *       graph, shape by shape; {@code SparqlScreen} :: runs a shape's SPARQL constraints once for
 *       all its nodes, so that Jena's per-node check runs only for the nodes that query finds.
 *   <li>{@code AffectedNodes} :: walks back from changed triples along those reads to the focus
 *       nodes whose results they can change, or gives up for the whole graph.
 * </ul>
 */
package org.designregistry.model.validation;
