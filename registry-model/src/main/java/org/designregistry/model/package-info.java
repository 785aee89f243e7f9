/**
 * The registry's front door: open a registry, load RDF into it, export it, validate it, count it
 * and read it.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.Registries} :: opens a registry in memory or in a TDB2
 *       store folder.
 *   <li>{@link org.designregistry.model.Registry} :: the registry: load, export, validate, stats,
 *       catalog, search, and transactional reads.
 *   <li>{@link org.designregistry.model.RdfSource} :: a file, classpath resource or stream to load,
 *       and the sources a VoID manifest lists.
 *   <li>{@link org.designregistry.model.RdfFormat} :: the syntaxes the registry exports.
 *   <li>{@link org.designregistry.model.RegistryPrefixes} :: the prefixes it writes RDF with.
 *   <li>{@link org.designregistry.model.LoadResult}, {@link org.designregistry.model.RegistryStats}
 *       :: what a load did; how big the registry is.
 *   <li>{@link org.designregistry.model.RegistryException}, {@link
 *       org.designregistry.model.RdfParseException}, {@link
 *       org.designregistry.model.ShapeViolationException} :: the unchecked exception root, RDF that
 *       does not parse, and a write the shapes refused.
 *   <li>{@link org.designregistry.model.TermLimits}, {@link
 *       org.designregistry.model.TermTooLongException} :: the longest IRI, literal and identifier a
 *       write may store, and a write refused for one.
 * </ul>
 *
 * <p>Features sit beside this package: {@code catalog} (typed reads and references), {@code
 * validation} (SHACL reports), {@code search} (the full-text index), {@code edit} (writes checked
 * against the shapes), {@code resource} (generic reads and edits of resources of any kind), {@code
 * browse} (resource descriptions, faceted listings and validation health, for pages), {@code
 * impact} (what a change touches), {@code trace} (matrices and coverage gaps) and {@code synthetic}
 * (registries shaped like a sample, for benchmarks). Store plumbing is in {@code internal}, which
 * is not API.
 */
package org.designregistry.model;
