/**
 * Suspect links: links from a resource that depends on another which changed after a decision
 * approved it or a baseline froze it, marked inside the write that changed it, kept as data in a
 * named graph of their own, and cleared by an editor with a comment that the history records.
 *
 * <p><b>Why a named graph, not the registry graph.</b> A suspect link is the registry's note about
 * the data, not design data: kept in {@code <urn:x-design-registry:suspect-links>} it stays out of
 * baselines and their comparisons, validation, search, the impact index and the statistics, while
 * SPARQL still reads it with {@code GRAPH}, backups and TriG exports carry it (every graph), and
 * restarts keep it (it is in the TDB2 store, written in the write's own transaction). Clients write
 * only the default graph, so only the registry marks links and only {@link
 * org.designregistry.model.suspect.SuspectLinks#clear} removes them.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.suspect.SuspectLinks} :: the front door: list with filters,
 *       links of one resource, count, clear with a comment.
 *   <li>{@link org.designregistry.model.suspect.SuspectLink}, {@link
 *       org.designregistry.model.suspect.SuspectQuery}, {@link
 *       org.designregistry.model.suspect.SuspectPage} :: the values callers see; {@link
 *       org.designregistry.model.suspect.SuspectLinkNotFoundException} :: an id that is not
 *       suspect.
 *   <li>{@link org.designregistry.model.suspect.SuspectMarker} :: store plumbing: marks the links a
 *       recorded change makes suspect, in its transaction, and keeps other writers out of the
 *       graph.
 *   <li>{@code PriorApprovals} :: which changed resources a decision approved before the write, by
 *       lookups for a small write and one read of the approvals for a large one.
 *   <li>{@code SuspectRules} :: reads {@code dr:governed} and {@code dr:changePropagates} from the
 *       terms and the data; {@code SuspectReader} :: reads records back, labelled; {@code
 *       SuspectTerms} :: the names the records use.
 * </ul>
 */
package org.designregistry.model.suspect;
