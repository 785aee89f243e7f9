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
 *       org.designregistry.model.RdfParseException} :: the unchecked exception root, and RDF that
 *       does not parse.
 * </ul>
 *
 * <p>Features sit beside this package: {@code catalog} (typed reads and references), {@code search}
 * (the full-text index) and {@code validation} (SHACL reports). Store plumbing is in {@code
 * internal}, which is not API.
 */
package org.designregistry.model;
