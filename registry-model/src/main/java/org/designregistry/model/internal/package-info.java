/**
 * Store plumbing behind {@link org.designregistry.model.Registries}: not API, and free to change.
 * Its public types are public only so that the front door and the feature packages can reach them.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.internal.RegistryStores} :: opens TDB2 datasets (in memory
 *       or in a folder, once per JVM) as registries.
 *   <li>{@code TdbRegistry} :: the registry over a TDB2 dataset; every operation is one Jena
 *       transaction ({@code Txn.executeRead/calculateRead/executeWrite}); it attaches the search
 *       index and closes it first.
 *   <li>{@code ChangeTrackingDataset}, {@code TransactionChanges} :: the dataset every write goes
 *       through: collects each write's changes and tells commit listeners after the commit.
 *   <li>{@code TermLimitVeto} :: refuses, at commit, a write that added a term over the limits.
 *   <li>{@code GraphLoader} :: adds parsed graphs and prefixes inside the write transaction.
 *   <li>{@code StatsCounter} :: counts resources per class.
 *   <li>{@code RegistryTerms} :: the terms and shapes a registry parses once.
 *   <li>{@code OpenStores} :: the store folders open in this JVM.
 *   <li>{@link org.designregistry.model.internal.Labels} :: labels and preferred literals, shared
 *       by the features.
 *   <li>{@link org.designregistry.model.internal.ResourceReader} :: what every feature reads of a
 *       resource: references, labels, types and kinds, links stated either way, concepts, dates and
 *       the illustrative flag.
 *   <li>{@link org.designregistry.model.internal.ClassHierarchy} :: classes above and below a
 *       class, the most specific type and the kind of a resource's types, kept per transaction.
 *   <li>{@code RemoteJsonLdRefusal} :: makes every JSON-LD parse in the JVM refuse remote contexts
 *       and imports, fetching nothing.
 * </ul>
 */
package org.designregistry.model.internal;
