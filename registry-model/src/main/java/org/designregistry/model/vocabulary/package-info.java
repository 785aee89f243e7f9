/**
 * The registry's vocabulary as a person reads it: each term of the ontology (classes, relations,
 * properties) and of the SKOS concept schemes (statuses, artefact types, phases, decision outcomes
 * and levels) with its label, definition and related terms, and the resources that use it.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.vocabulary.Vocabulary} :: finds terms, lists them in
 *       groups, and pages the resources that use one.
 *   <li>{@link org.designregistry.model.vocabulary.Term} :: one term, its kind and the terms it
 *       names or is named by.
 *   <li>{@link org.designregistry.model.vocabulary.TermUsage} :: a page of the resources that use a
 *       term.
 *   <li>{@code TermCatalog} :: the shipped terms, read once from the classpath.
 * </ul>
 */
package org.designregistry.model.vocabulary;
