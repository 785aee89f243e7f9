/**
 * Browsing: the registry read the way a person reads it, for pages that describe one resource, list
 * resources by facets and show the registry's health. Generic over every kind: it reads the graph
 * and the ontology's labels and inverses, not the catalog's typed records.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.browse.RegistryBrowser} :: the front door: describe, list,
 *       health, recent decisions; caches listings and health per registry version.
 *   <li>{@link org.designregistry.model.browse.Description} :: one resource: properties, links
 *       grouped by relation in both directions, decisions about it.
 *   <li>{@link org.designregistry.model.browse.ListQuery}, {@link
 *       org.designregistry.model.browse.Listing} :: a faceted, paged list and its answer.
 *   <li>{@link org.designregistry.model.browse.Health} :: validation results grouped by shape, each
 *       naming its resource.
 *   <li>{@code VersionedCache} :: a value kept until the registry's version moves. Resources are
 *       read through the shared {@code internal.ResourceReader}.
 * </ul>
 */
package org.designregistry.model.browse;
