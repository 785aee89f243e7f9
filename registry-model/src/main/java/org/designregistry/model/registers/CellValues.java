package org.designregistry.model.registers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a cell's text into a literal of a column's datatype, and a literal back into the text an
 * export writes. Dates may be ISO dates, UK dates ({@code 17/11/2021}) or Excel serial numbers (as
 * a program that wrote the date as a number leaves it).
 */
final class CellValues {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final String XSD = XSDDatatype.XSD + "#";

    private CellValues() {}

    /** Why a cell's text is not a value of its datatype. */
    static final class BadValueException extends Exception {
        private static final long serialVersionUID = 1L;

        BadValueException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Returns the literal of {@code datatype} the text states.
     *
     * @throws BadValueException saying what was expected
     */
    static Node literal(String text, String datatype) throws BadValueException {
        String local = datatype.startsWith(XSD) ? datatype.substring(XSD.length()) : datatype;
        return switch (local) {
            case "date" -> typed(date(text).toString(), XSDDatatype.XSDdate);
            case "dateTime" -> typed(dateTime(text), XSDDatatype.XSDdateTime);
            case "boolean" -> typed(bool(text), XSDDatatype.XSDboolean);
            case "integer" -> typed(integer(text), XSDDatatype.XSDinteger);
            case "decimal" -> typed(decimal(text), XSDDatatype.XSDdecimal);
            case "anyURI" -> typed(uri(text), XSDDatatype.XSDanyURI);
            default -> NodeFactory.createLiteralString(text);
        };
    }

    /** Returns the text an export writes for a literal: its lexical form. */
    static String text(Node literal) {
        return literal.getLiteralLexicalForm();
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static LocalDate date(String text) throws BadValueException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            // Not ISO: try the other forms below.
        }
        try {
            return LocalDate.parse(text, UK_DATE);
        } catch (DateTimeParseException e) {
            // Not a UK date either.
        }
        return serial(text)
                .map(LocalDateTime::toLocalDate)
                .orElseThrow(
                        () ->
                                new BadValueException(
                                        "bad date '"
                                                + text
                                                + "': expected YYYY-MM-DD, DD/MM/YYYY or an Excel"
                                                + " date serial number"));
    }

    private static String dateTime(String text) throws BadValueException {
        try {
            return LocalDateTime.parse(text.replace(' ', 'T')).toString();
        } catch (DateTimeParseException e) {
            // Perhaps a serial number.
        }
        return serial(text)
                .map(LocalDateTime::toString)
                .orElseThrow(
                        () ->
                                new BadValueException(
                                        "bad date and time '"
                                                + text
                                                + "': expected YYYY-MM-DDThh:mm:ss or an Excel"
                                                + " serial number"));
    }

    /** Returns the date an Excel serial number stands for (1900 date system), or empty. */
    private static java.util.Optional<LocalDateTime> serial(String text) {
        try {
            double value = Double.parseDouble(text);
            if (value >= 1 && value < 2_958_466 && DateUtil.isValidExcelDate(value)) {
                return java.util.Optional.of(DateUtil.getLocalDateTime(value));
            }
        } catch (NumberFormatException e) {
            // Not a number.
        }
        return java.util.Optional.empty();
    }

    private static String bool(String text) throws BadValueException {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> "true";
            case "false", "no", "n", "0" -> "false";
            default ->
                    throw new BadValueException(
                            "bad boolean '" + text + "': expected true, false, yes or no");
        };
    }

    private static String integer(String text) throws BadValueException {
        try {
            return new BigDecimal(text).toBigIntegerExact().toString();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadValueException("bad whole number '" + text + "'");
        }
    }

    private static String decimal(String text) throws BadValueException {
        try {
            new BigDecimal(text);
            return text;
        } catch (NumberFormatException e) {
            throw new BadValueException("bad number '" + text + "'");
        }
    }

    private static String uri(String text) throws BadValueException {
        if (!text.matches("(?i)(https?|urn|tag|mailto):\\S+")) {
            throw new BadValueException("bad web address '" + text + "': expected an absolute IRI");
        }
        return text;
    }
}
