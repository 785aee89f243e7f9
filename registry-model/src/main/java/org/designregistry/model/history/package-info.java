/**
 * The change history: one numbered record per committed write that changed the registry graph, with
 * who made it, when, by which route, why, the resources it touched and exactly the triples it added
 * and removed; written in the write's own transaction to a named graph of PROV-O activities, read
 * back newest first, and used to show the registry or a resource as it was.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.history.ChangeContext} :: who writes on this thread, by
 *       which route and why; set by the server or the command line around each write.
 *   <li>{@link org.designregistry.model.history.ChangeRecorder} :: store plumbing: keeps each write
 *       transaction's net changes and writes its record just before it commits.
 *   <li>{@link org.designregistry.model.history.ChangeHistory} :: reads the records: lists with
 *       filters, one change and its patch, the registry or one resource as of a change.
 *   <li>{@link org.designregistry.model.history.ChangeReverts} :: reverts a change as a new,
 *       checked change; {@link org.designregistry.model.history.RevertConflictException} names the
 *       later changes in its way.
 *   <li>{@link org.designregistry.model.history.ChangeDetails}, {@link
 *       org.designregistry.model.history.ResourceHistory} ({@link
 *       org.designregistry.model.history.ResourceChange}, {@link
 *       org.designregistry.model.history.Difference}), {@link
 *       org.designregistry.model.history.LabelledTriple}, {@link
 *       org.designregistry.model.history.Labelled} :: changes labelled for people; {@code
 *       ChangeDescriber} makes them.
 *   <li>{@link org.designregistry.model.history.ChangeRecord}, {@link
 *       org.designregistry.model.history.ChangePatch}, {@link
 *       org.designregistry.model.history.ChangeQuery}, {@link
 *       org.designregistry.model.history.ChangePage} :: the values callers see.
 *   <li>{@code RecordWriter}, {@code HistoryReader}, {@code HistoryTerms} :: the record's quads
 *       written, read back, and the names they use.
 *   <li>{@code HistoryIndex} :: the records' numbers, filter fields and per-resource lists in
 *       memory, so that reads do not scan every record.
 *   <li>{@code PastGraph} :: the registry graph as of a change, read through the current graph,
 *       undoing for each resource a read names only the later changes that touched it.
 * </ul>
 */
package org.designregistry.model.history;
