package org.designregistry.model.registers;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.imports.LinkTarget;
import org.designregistry.model.registers.RegisterMapping.Column;
import org.designregistry.model.registers.RegisterMapping.ColumnType;
import org.designregistry.model.table.TableFormat;
import org.designregistry.model.table.TableWriter;

/**
 * Writes the registry's resources of a mapping's kind as that register, one row per resource in
 * identifier order, so that importing the file with the same mapping changes nothing: literals as
 * their text, concepts by preferred label, links by the target's identifier (or label), prefixed
 * with its kind when it is not the column's first kind, multiple values joined by the column's
 * separator.
 *
 * <pre>{@code
 * RegisterExporter.write(registry, RegisterMappings.shipped().get("interfaces").orElseThrow(),
 *         TableFormat.XLSX, out);
 * }</pre>
 */
public final class RegisterExporter {

    private RegisterExporter() {}

    /**
     * Writes the register to {@code out} (which stays open) in one read transaction, streaming its
     * rows; returns the number of resources written.
     */
    public static long write(
            Registry registry, RegisterMapping mapping, TableFormat format, OutputStream out) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        return registry.read(
                model -> {
                    Graph data = model.getGraph();
                    try (TableWriter table = TableWriter.of(format, out, mapping.sheet())) {
                        for (int i = 1; i < mapping.headerRow(); i++) {
                            table.row(List.of());
                        }
                        table.header(mapping.headers());
                        TreeMap<String, Node> rows = instances(data, mapping.kind());
                        for (var entry : rows.entrySet()) {
                            List<String> cells = new ArrayList<>();
                            cells.add(entry.getKey());
                            for (Column column : mapping.columns()) {
                                cells.add(cell(data, entry.getValue(), column));
                            }
                            table.row(cells);
                        }
                        return (long) rows.size();
                    }
                });
    }

    private static TreeMap<String, Node> instances(Graph data, Ref.Kind kind) {
        TreeMap<String, Node> rows = new TreeMap<>();
        for (String classIri : kind.classIris()) {
            data.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(classIri))
                    .forEach(
                            t ->
                                    first(data, t.getSubject(), DCTerms.identifier.asNode())
                                            .ifPresent(id -> rows.putIfAbsent(id, t.getSubject())));
        }
        return rows;
    }

    private static String cell(Graph data, Node node, Column column) {
        List<String> values = new ArrayList<>();
        data.find(node, column.property(), Node.ANY)
                .forEach(t -> values.add(text(data, t.getObject(), column)));
        values.sort(null);
        return String.join(column.separator().map(s -> s.strip() + " ").orElse("; "), values);
    }

    private static String text(Graph data, Node value, Column column) {
        if (column.type() == ColumnType.CONCEPT) {
            return Schemes.name(value);
        }
        if (column.type() == ColumnType.LINK) {
            return target(data, value, column);
        }
        return value.isLiteral() ? CellValues.text(value) : value.toString();
    }

    private static String target(Graph data, Node value, Column column) {
        Node predicate =
                column.match() == LinkTarget.Match.LABEL
                        ? RDFS.label.asNode()
                        : DCTerms.identifier.asNode();
        String key = first(data, value, predicate).orElse(value.isURI() ? value.getURI() : "");
        Ref.Kind kind = kindOf(data, value);
        return kind == null || kind == column.targets().get(0) ? key : kind.kindName() + ":" + key;
    }

    private static Ref.Kind kindOf(Graph data, Node node) {
        var types = data.find(node, RDF.type.asNode(), Node.ANY);
        try {
            while (types.hasNext()) {
                Node type = types.next().getObject();
                if (type.isURI()) {
                    var kind = Ref.Kind.ofClass(type.getURI());
                    if (kind.isPresent()) {
                        return kind.get();
                    }
                }
            }
            return null;
        } finally {
            types.close();
        }
    }

    private static java.util.Optional<String> first(Graph data, Node node, Node predicate) {
        var found = data.find(node, predicate, Node.ANY);
        try {
            while (found.hasNext()) {
                Node object = found.next().getObject();
                if (object.isLiteral()) {
                    return java.util.Optional.of(object.getLiteralLexicalForm());
                }
            }
            return java.util.Optional.empty();
        } finally {
            found.close();
        }
    }
}
