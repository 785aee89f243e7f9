package org.designregistry.server.resource;

import java.util.Arrays;
import java.util.Optional;
import org.designregistry.model.catalog.Ref;

/** The API's collection paths, one per kind: {@code /api/artefacts}, {@code /api/bodies} ... */
final class Collections {

    private Collections() {}

    /** Returns the collection name of a kind, such as {@code data-items} or {@code bodies}. */
    static String of(Ref.Kind kind) {
        String name = kind.kindName();
        if (name.endsWith("y")) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        if (name.endsWith("s")) {
            return name + "es";
        }
        return name + "s";
    }

    /** Returns the kind a collection name stands for, or empty. */
    static Optional<Ref.Kind> kind(String collection) {
        return Arrays.stream(Ref.Kind.values()).filter(k -> of(k).equals(collection)).findFirst();
    }
}
