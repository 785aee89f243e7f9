/**
 * The vocabulary's pages: every concept, class, relation and property the other pages show has a
 * page here, so that they link within the registry rather than to the terms' IRIs elsewhere.
 *
 * <ul>
 *   <li>{@code VocabularyController} :: {@code GET /vocabulary}, the terms in groups; {@code GET
 *       /vocabulary/term?iri=}, one term and the resources that use it, paged; 404 for an IRI that
 *       is no term.
 *   <li>{@code VocabularyConfiguration} :: the {@link
 *       org.designregistry.model.vocabulary.Vocabulary} bean.
 * </ul>
 */
package org.designregistry.server.vocabulary;
