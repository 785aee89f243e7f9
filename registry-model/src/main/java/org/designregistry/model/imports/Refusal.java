package org.designregistry.model.imports;

import java.util.Objects;

/**
 * Why part of an import cannot be stored, and where in the source it is.
 *
 * @param location where the refused value, row or element is
 * @param reason what is wrong, for a person: {@code unknown link target 'MR-99' (market-role)}
 */
public record Refusal(Location location, String reason) {

    /** Checks both parts are present. */
    public Refusal {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
    }

    /** Returns the refusal for a person: {@code sheet Interfaces, row 12, column C: reason}. */
    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
