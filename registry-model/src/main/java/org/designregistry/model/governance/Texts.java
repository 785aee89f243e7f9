package org.designregistry.model.governance;

import org.designregistry.model.RegistryException;

/** Checks on the texts people type into the workflow's steps. */
final class Texts {

    /** The longest text a step takes, in characters. */
    static final int MAX = 4_000;

    private Texts() {}

    /**
     * Returns the text stripped.
     *
     * @throws RegistryException naming the field when it is blank or longer than {@link #MAX}
     */
    static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new RegistryException("Missing " + field + ": it must not be blank");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX) {
            throw new RegistryException(
                    "The "
                            + field
                            + " is "
                            + stripped.length()
                            + " characters long; the limit is "
                            + MAX);
        }
        return stripped;
    }
}
