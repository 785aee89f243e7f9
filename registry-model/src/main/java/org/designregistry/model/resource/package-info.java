/**
 * Generic reads and edits of registry resources of any kind, for APIs and linked-data views: lists
 * with filters and pages, descriptions with labelled values and links both ways, and validated
 * edits guarded by a version tag.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.resource.Resources} :: the front door: list, describe,
 *       linked data, create, replace, delete, add and remove links.
 *   <li>{@link org.designregistry.model.resource.ResourceQuery}, {@link
 *       org.designregistry.model.resource.ResourcePage}, {@link
 *       org.designregistry.model.resource.ResourceSummary} :: what to list, and a page of it.
 *   <li>{@link org.designregistry.model.resource.ResourceDescription}, {@link
 *       org.designregistry.model.resource.Term}, {@link org.designregistry.model.resource.Value} ::
 *       what the registry says about a resource.
 *   <li>{@link org.designregistry.model.resource.ResourceDraft} :: what an editor states.
 *   <li>{@link org.designregistry.model.resource.ResourceNotFoundException}, {@link
 *       org.designregistry.model.resource.ResourceExistsException}, {@link
 *       org.designregistry.model.resource.StaleVersionException} :: why an edit was refused.
 *   <li>{@code DescriptionReader} :: reads descriptions, summaries and linked-data views through
 *       the shared {@code internal.ResourceReader}; {@code DraftTriples} :: turns drafts into
 *       triples; {@code Names} :: prefixed names; {@code Versions} :: version hashes.
 *   <li>{@link org.designregistry.model.resource.EditFields} :: an edit form's fields from the
 *       shapes, and the relations it may offer beyond them ({@code LinkRelations} :: the relations
 *       the terms let a kind state, by domain or inverse range).
 * </ul>
 */
package org.designregistry.model.resource;
