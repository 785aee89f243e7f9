/**
 * Writes that keep the registry valid: each is checked against the SHACL shapes in its own write
 * transaction and refused, with nothing stored, if it would add a violation.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.edit.ValidatedWrites} :: applies a change to the registry
 *       graph, or guards a dataset view so that every commit through it (a SPARQL update, a graph
 *       store write) is checked.
 *   <li>{@code WriteCheck} :: compares the report of the written graph with that of the committed
 *       one and throws the added violations.
 * </ul>
 */
package org.designregistry.model.edit;
