package org.designregistry.model.search;

/**
 * A type-ahead suggestion: a resource whose identifier or label words start with what was typed.
 *
 * @param iri the resource's IRI
 * @param identifier its {@code dcterms:identifier}, or empty
 * @param label its label
 * @param type the key of its type, such as {@code Interface}, or empty
 * @param typeLabel the label of its type for a person to read, such as {@code interface}, or empty
 */
public record Suggestion(
        String iri, String identifier, String label, String type, String typeLabel) {}
