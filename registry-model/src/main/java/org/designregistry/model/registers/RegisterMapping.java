package org.designregistry.model.registers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.imports.LinkTarget;

/**
 * How a spreadsheet register maps to registry resources of one kind: which sheet, which row holds
 * the column headers, which column is the identifier, and what each other column holds. Read from a
 * mapping file by {@link RegisterMappings}; the same mapping reads a register in and writes it out.
 *
 * @param name the mapping's name, which is also the collection it exports ({@code interfaces})
 * @param title a title for people ({@code Interface catalogue})
 * @param kind the kind of resource each row states
 * @param sheet the sheet to read in a workbook, and the sheet name an export writes
 * @param headerRow the number of the row holding the headers (the first row is 1); data follows
 * @param identifierColumn the header of the column holding each row's {@code dcterms:identifier}
 * @param columns the other columns, in the order an export writes them
 */
public record RegisterMapping(
        String name,
        String title,
        Ref.Kind kind,
        String sheet,
        int headerRow,
        String identifierColumn,
        List<Column> columns) {

    /** Checks the parts and copies the list. */
    public RegisterMapping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(identifierColumn, "identifierColumn");
        columns = List.copyOf(columns);
        if (headerRow < 1) {
            throw new IllegalArgumentException("headerRow " + headerRow + " is below 1");
        }
    }

    /** Returns every header an export writes: the identifier's, then each column's. */
    public List<String> headers() {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(identifierColumn),
                        columns.stream().map(Column::header))
                .toList();
    }

    /** What a column holds. */
    public enum ColumnType {
        /** Literal values of a datatype. */
        LITERAL,
        /** Concepts of a SKOS concept scheme, named by label, notation or local name. */
        CONCEPT,
        /** Links to other registry resources, named by identifier or label. */
        LINK
    }

    /**
     * One column of a register.
     *
     * @param header the column's header text, matched ignoring case and surrounding spaces
     * @param property the property or relation it holds
     * @param type literals, concepts or links
     * @param datatype for literals, the datatype's IRI ({@code xsd:string} by default)
     * @param scheme for concepts, the concept scheme's IRI
     * @param targets for links, the kinds a target may be; a value without a {@code kind:} prefix
     *     names one of the first kind
     * @param match for links, whether values name targets by identifier or by label
     * @param separator the text between values in a multi-valued cell, or empty when a cell holds
     *     one value
     */
    public record Column(
            String header,
            Node property,
            ColumnType type,
            String datatype,
            Optional<Node> scheme,
            List<Ref.Kind> targets,
            LinkTarget.Match match,
            Optional<String> separator) {

        /** Checks the parts and copies the list. */
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(datatype, "datatype");
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(separator, "separator");
            targets = List.copyOf(targets);
        }
    }
}
