package org.designregistry.model.imports;

import java.util.List;
import java.util.Objects;

/**
 * What an import does to one resource, computed against the registry as it is.
 *
 * @param key the resource's key: {@code interface:IF-041}
 * @param iri its IRI, existing or to be minted
 * @param outcome created, updated, unchanged, removed or refused
 * @param location where the source states it
 * @param changes each property it changes, old values to new; for a creation, every value
 * @param refusals why it cannot be stored, each located; empty unless refused
 */
public record ItemPreview(
        String key,
        String iri,
        Outcome outcome,
        Location location,
        List<PropertyChange> changes,
        List<Refusal> refusals) {

    /** Checks the parts and copies the lists. */
    public ItemPreview {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(location, "location");
        changes = List.copyOf(changes);
        refusals = List.copyOf(refusals);
    }

    /** What an import does to a resource. */
    public enum Outcome {
        /** The resource is new. */
        CREATED,
        /** Some of the properties the source holds change. */
        UPDATED,
        /** The registry already says what the source says. */
        UNCHANGED,
        /** The source removes the resource. */
        REMOVED,
        /** The resource cannot be stored as the source states it; see the refusals. */
        REFUSED
    }

    /**
     * One property's values before and after, for a person: literals as their text, registry
     * resources as their identifiers, other IRIs as prefixed names; each list sorted.
     *
     * @param property the property's prefixed name, such as {@code dcterms:title}
     * @param before its values now
     * @param after its values once imported
     */
    public record PropertyChange(String property, List<String> before, List<String> after) {

        /** Copies the lists. */
        public PropertyChange {
            Objects.requireNonNull(property, "property");
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }
}
