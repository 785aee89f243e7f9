package org.designregistry.server.edit;

/**
 * One value or link of the edit form, as posted: the form carries every value the resource states,
 * so that saving replaces the resource's statements by exactly what the form shows.
 *
 * @param section the form section it is drawn in: a field's property name (such as {@code
 *     dr:status}), or one of {@link #OTHER_VALUES}, {@link #OTHER_LINKS}, {@link #NEW_LINK}, {@link
 *     #NEW_VALUE}
 * @param property the property or relation: a prefixed name or IRI
 * @param kind {@link #LINK} (to a registry resource), {@link #IRI} (a concept or other IRI), or
 *     {@link #LITERAL}
 * @param value the link target (a reference or IRI), the IRI, or the literal's text; blank for none
 * @param datatype a literal's datatype IRI, or blank for a plain string
 * @param language a literal's language tag, or blank
 * @param stored true when the value was stored already (a stored link is shown with a remove box);
 *     missing is false
 * @param remove true when the editor ticked remove; missing (an unticked box) is false
 */
public record EditRow(
        String section,
        String property,
        String kind,
        String value,
        String datatype,
        String language,
        Boolean stored,
        Boolean remove) {

    /** The section of values no field of the shapes names. */
    public static final String OTHER_VALUES = "other-values";

    /** The section of links no field of the shapes names. */
    public static final String OTHER_LINKS = "other-links";

    /** The section of a link of any relation the editor adds. */
    public static final String NEW_LINK = "new-link";

    /** The section of a value of any property the editor adds. */
    public static final String NEW_VALUE = "new-value";

    /** A link to a registry resource. */
    public static final String LINK = "link";

    /** An IRI value that is not a registry resource, such as a concept. */
    public static final String IRI = "iri";

    /** A literal value. */
    public static final String LITERAL = "literal";

    /** Replaces missing text with empty text. */
    public EditRow {
        section = blankIfNull(section);
        property = blankIfNull(property).strip();
        kind = kind == null || kind.isBlank() ? LITERAL : kind.strip();
        value = blankIfNull(value);
        datatype = blankIfNull(datatype).strip();
        language = blankIfNull(language).strip();
        // Boxed, since a browser posts nothing for an unticked box.
        stored = Boolean.TRUE.equals(stored);
        remove = Boolean.TRUE.equals(remove);
    }

    /** Returns a row for a value or link the resource states. */
    static EditRow stored(
            String section,
            String property,
            String kind,
            String value,
            String datatype,
            String language) {
        return new EditRow(section, property, kind, value, datatype, language, true, false);
    }

    /** Returns an empty row the editor may fill in. */
    static EditRow blank(String section, String property, String kind, String datatype) {
        return new EditRow(section, property, kind, "", datatype, "", false, false);
    }

    /** Returns true when saving keeps this row: it has a value and is not ticked for removal. */
    public boolean kept() {
        return !remove && !value.isBlank();
    }

    /** Returns true for a link to a registry resource. */
    public boolean isLink() {
        return kind.equals(LINK);
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
