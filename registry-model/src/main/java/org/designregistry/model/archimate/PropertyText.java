package org.designregistry.model.archimate;

/**
 * The text form of an element's model property, {@code name: value}, as the registry keeps it in
 * {@code archimate:property}: written on import, split on export at the first {@code ": "}.
 */
final class PropertyText {

    private static final String SEPARATOR = ": ";

    private PropertyText() {}

    /** Returns the text of a property. */
    static String join(String name, String value) {
        return name + SEPARATOR + value;
    }

    /** Returns the name and value of a property's text; a text without a separator is a name. */
    static String[] split(String text) {
        int at = text.indexOf(SEPARATOR);
        return at < 0
                ? new String[] {text, ""}
                : new String[] {text.substring(0, at), text.substring(at + SEPARATOR.length())};
    }
}
