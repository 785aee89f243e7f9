/**
 * Writes that keep the registry valid and its decisions in the right hands: each is checked in its
 * own write transaction, and refused with nothing stored, if it would add a SHACL violation, change
 * a decision its writer may not record, or change a named graph (clients write only the default
 * graph).
 *
 * <ul>
 *   <li>{@link org.designregistry.model.edit.ValidatedWrites} :: applies a change to the registry
 *       graph, or guards a dataset view so that every commit through it (a SPARQL update, a graph
 *       store write) is checked.
 *   <li>{@link org.designregistry.model.edit.WriteRights} :: whether whoever writes on this thread
 *       may record decisions; the server answers it from the signed-in user.
 *   <li>{@link org.designregistry.model.edit.DecisionWriteRefusedException} :: a write that would
 *       have changed decisions without the right, naming them.
 *   <li>{@link org.designregistry.model.edit.NamedGraphWriteRefusedException} :: a write that would
 *       have changed named graphs, naming them.
 *   <li>{@code NetChanges} :: records each write transaction's net changes to the registry graph,
 *       and the named graphs it changes.
 *   <li>{@code WriteQueue} :: the registry's writer thread, which takes the writes waiting for it a
 *       batch at a time.
 *   <li>{@code WriteBatch} :: commits a batch in one transaction, each write checked and recorded
 *       as if alone, or runs them alone when it cannot.
 *   <li>{@code QueuedWrite} :: one write, with its caller's rights and change context, and its
 *       outcome handed back.
 *   <li>{@code DecisionChanges} :: finds the decisions among those changes.
 *   <li>{@code WriteCheck} :: validates the focus nodes the changes can affect (or the whole graph)
 *       in the written and the committed graph, and throws the added violations.
 * </ul>
 */
package org.designregistry.model.edit;
