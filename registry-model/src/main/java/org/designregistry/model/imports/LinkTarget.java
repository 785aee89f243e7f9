package org.designregistry.model.imports;

import java.util.Objects;
import org.designregistry.model.catalog.Ref;

/**
 * A link's target as a source names it: a resource of a kind, by its identifier or by its label.
 * The target may be in the registry or elsewhere in the same import.
 *
 * @param kind the kind of the target
 * @param key the target's {@code dcterms:identifier} or {@code rdfs:label}, as {@code match} says
 * @param match whether {@code key} is an identifier or a label
 */
public record LinkTarget(Ref.Kind kind, String key, Match match) {

    /** How a target is named. */
    public enum Match {
        /** By its {@code dcterms:identifier}, exactly. */
        IDENTIFIER,
        /** By its {@code rdfs:label}, ignoring case and surrounding spaces. */
        LABEL
    }

    /** Checks the parts; the key is stripped and must not be blank. */
    public LinkTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(match, "match");
        key = Objects.requireNonNull(key, "key").strip();
        if (key.isEmpty()) {
            throw new IllegalArgumentException("blank link target key");
        }
    }

    /** Returns the target of a kind with this identifier. */
    public static LinkTarget byIdentifier(Ref.Kind kind, String identifier) {
        return new LinkTarget(kind, identifier, Match.IDENTIFIER);
    }

    /** Returns the target of a kind with this label. */
    public static LinkTarget byLabel(Ref.Kind kind, String label) {
        return new LinkTarget(kind, label, Match.LABEL);
    }

    /** Returns the target as a person reads it: {@code market-role:Supplier}. */
    @Override
    public String toString() {
        return kind.kindName() + ":" + key;
    }
}
