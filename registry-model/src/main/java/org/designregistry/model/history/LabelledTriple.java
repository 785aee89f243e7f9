package org.designregistry.model.history;

/**
 * A triple a change added or removed, each part labelled.
 *
 * @param subject the subject
 * @param predicate the property
 * @param object the value or linked resource
 */
public record LabelledTriple(Labelled subject, Labelled predicate, Labelled object) {}
