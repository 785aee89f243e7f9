package org.designregistry.model.registers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.designregistry.model.RegistryException;
import org.designregistry.model.RegistryPrefixes;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.imports.LinkTarget;
import org.designregistry.model.registers.RegisterMapping.Column;
import org.designregistry.model.registers.RegisterMapping.ColumnType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads a mapping file (YAML, plain maps and lists only) into a {@link RegisterMapping}. */
final class MappingParser {

    /** The datatypes a literal column may have. */
    static final Set<String> DATATYPES =
            Set.of(
                    XSDDatatype.XSDstring.getURI(),
                    XSDDatatype.XSDdate.getURI(),
                    XSDDatatype.XSDdateTime.getURI(),
                    XSDDatatype.XSDinteger.getURI(),
                    XSDDatatype.XSDdecimal.getURI(),
                    XSDDatatype.XSDboolean.getURI(),
                    XSDDatatype.XSDanyURI.getURI());

    /** The largest mapping file read, in characters; real ones are a few kilobytes. */
    private static final int MAX_CHARS = 256 * 1024;

    private static final PrefixMapping PREFIXES = RegistryPrefixes.mapping();

    private final String source;

    private MappingParser(String source) {
        this.source = source;
    }

    /**
     * Returns the mapping a YAML file states.
     *
     * @throws RegistryException naming the file and the key when it is not a valid mapping
     */
    static RegisterMapping parse(InputStream in, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Object document;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (YAMLException | IOException e) {
            throw new RegistryException(
                    "Mapping " + source + " is not valid YAML: " + firstLine(e.getMessage()));
        }
        return new MappingParser(source).mapping(document);
    }

    private RegisterMapping mapping(Object document) {
        Map<?, ?> root = map(document, "the document");
        String name = text(root, "name", "the document");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw fail("name '" + name + "' must be lower-case letters, digits and '-'");
        }
        Ref.Kind kind = kind(text(root, "kind", "the document"), "kind");
        Object rows = root.get("headerRow");
        int headerRow = rows == null ? 1 : integer(rows, "headerRow");
        List<Column> columns = new ArrayList<>();
        Object list = root.get("columns");
        if (!(list instanceof List<?> items) || items.isEmpty()) {
            throw fail("'columns' must be a list of at least one column");
        }
        for (int i = 0; i < items.size(); i++) {
            columns.add(column(map(items.get(i), "column " + (i + 1)), "column " + (i + 1)));
        }
        return new RegisterMapping(
                name,
                optionalText(root, "title").orElse(name),
                kind,
                optionalText(root, "sheet").orElse(name),
                headerRow,
                text(root, "identifier", "the document"),
                columns);
    }

    private Column column(Map<?, ?> column, String where) {
        String header = text(column, "header", where);
        where = where + " (" + header + ")";
        Optional<String> separator = optionalText(column, "split");
        Optional<String> link = optionalText(column, "link");
        if (link.isPresent()) {
            List<Ref.Kind> targets = kinds(column.get("to"), where);
            String by = optionalText(column, "by").orElse("identifier").toUpperCase(Locale.ROOT);
            if (!by.equals("IDENTIFIER") && !by.equals("LABEL")) {
                throw fail(where + ": 'by' must be identifier or label, not " + by);
            }
            return new Column(
                    header,
                    iri(link.get(), where + " link"),
                    ColumnType.LINK,
                    XSDDatatype.XSDstring.getURI(),
                    Optional.empty(),
                    targets,
                    LinkTarget.Match.valueOf(by),
                    separator);
        }
        Node property = iri(text(column, "property", where), where + " property");
        Optional<String> scheme = optionalText(column, "scheme");
        if (scheme.isPresent()) {
            Node schemeIri = iri(scheme.get(), where + " scheme");
            if (!Schemes.exists(schemeIri)) {
                throw fail(
                        where + ": " + scheme.get() + " is not a concept scheme of the registry");
            }
            return new Column(
                    header,
                    property,
                    ColumnType.CONCEPT,
                    XSDDatatype.XSDstring.getURI(),
                    Optional.of(schemeIri),
                    List.of(),
                    LinkTarget.Match.IDENTIFIER,
                    separator);
        }
        String datatype =
                iri(optionalText(column, "datatype").orElse("xsd:string"), where + " datatype")
                        .getURI();
        if (!DATATYPES.contains(datatype)) {
            throw fail(
                    where
                            + ": datatype "
                            + PREFIXES.shortForm(datatype)
                            + " is not one of xsd:string, xsd:date, xsd:dateTime, xsd:integer,"
                            + " xsd:decimal, xsd:boolean, xsd:anyURI");
        }
        return new Column(
                header,
                property,
                ColumnType.LITERAL,
                datatype,
                Optional.empty(),
                List.of(),
                LinkTarget.Match.IDENTIFIER,
                separator);
    }

    private List<Ref.Kind> kinds(Object to, String where) {
        List<Ref.Kind> kinds = new ArrayList<>();
        if (to instanceof String one) {
            kinds.add(kind(one, where + " 'to'"));
        } else if (to instanceof List<?> many && !many.isEmpty()) {
            for (Object each : many) {
                kinds.add(kind(String.valueOf(each), where + " 'to'"));
            }
        } else {
            throw fail(where + ": a link needs 'to', the kind (or list of kinds) it links to");
        }
        return kinds;
    }

    private Ref.Kind kind(String name, String where) {
        return Ref.Kind.fromName(name)
                .orElseThrow(
                        () ->
                                fail(
                                        where
                                                + ": unknown kind '"
                                                + name
                                                + "'; expected one of "
                                                + java.util.Arrays.stream(Ref.Kind.values())
                                                        .map(Ref.Kind::kindName)
                                                        .toList()));
    }

    private Node iri(String name, String where) {
        String expanded = PREFIXES.expandPrefix(name.strip());
        if (expanded.equals(name.strip()) && !expanded.matches("(?i)(https?|urn|tag):\\S+")) {
            throw fail(
                    where
                            + ": '"
                            + name
                            + "' is neither a prefixed name with a registry prefix nor an"
                            + " absolute IRI");
        }
        return NodeFactory.createURI(expanded);
    }

    private Map<?, ?> map(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw fail(where + " must be a map of keys to values");
    }

    private String text(Map<?, ?> map, String key, String where) {
        return optionalText(map, key).orElseThrow(() -> fail(where + " needs '" + key + "'"));
    }

    private static Optional<String> optionalText(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null || String.valueOf(value).isBlank()
                ? Optional.empty()
                : Optional.of(String.valueOf(value));
    }

    private int integer(Object value, String key) {
        if (value instanceof Integer number && number >= 1 && number <= 1_000) {
            return number;
        }
        throw fail("'" + key + "' must be a row number from 1 to 1000, not " + value);
    }

    private RegistryException fail(String message) {
        return new RegistryException("Mapping " + source + ": " + message);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
