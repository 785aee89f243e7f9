/**
 * Typed reads of the registry's domain resources, and references to them in one grammar.
 *
 * <p>The records are plain values read from the graph by hand-written mappings, not by a reflection
 * mapper: each record's {@code read} names the properties it reads, both directions of each
 * relation. This package has more public types than a feature usually has, because each record is a
 * value a caller sees; the behaviour sits behind {@link org.designregistry.model.catalog.Catalog}.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.catalog.Catalog} :: lists and finds resources, one read
 *       transaction per call.
 *   <li>{@link org.designregistry.model.catalog.Ref} :: a reference, {@code [kind:]identifier},
 *       parsed and printed back the same, with its {@link org.designregistry.model.catalog.Ref.Kind
 *       kinds}.
 *   <li>{@link org.designregistry.model.catalog.Artefact}, {@link
 *       org.designregistry.model.catalog.BusinessProcess}, {@link
 *       org.designregistry.model.catalog.Interface}, {@link
 *       org.designregistry.model.catalog.DataItem}, {@link
 *       org.designregistry.model.catalog.Requirement}, {@link
 *       org.designregistry.model.catalog.Decision}, {@link
 *       org.designregistry.model.catalog.Workstream}, {@link org.designregistry.model.catalog.Body}
 *       :: the records.
 *   <li>{@link org.designregistry.model.catalog.ResourceRef}, {@link
 *       org.designregistry.model.catalog.Concept} :: links to resources and concepts inside them.
 *   <li>{@code GraphCatalog} :: the implementation over a dataset, reading through the shared
 *       {@code internal.ResourceReader}.
 * </ul>
 */
package org.designregistry.model.catalog;
