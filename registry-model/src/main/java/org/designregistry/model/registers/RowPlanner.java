package org.designregistry.model.registers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.poi.ss.util.CellReference;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.imports.ImportPlan;
import org.designregistry.model.imports.LinkTarget;
import org.designregistry.model.imports.Location;
import org.designregistry.model.imports.PlannedResource;
import org.designregistry.model.imports.PlannedResource.PlannedLink;
import org.designregistry.model.imports.PlannedResource.PlannedValue;
import org.designregistry.model.imports.Refusal;
import org.designregistry.model.registers.RegisterMapping.Column;
import org.designregistry.model.registers.RegisterMapping.ColumnType;

/**
 * Turns a register's rows into planned resources with a mapping: finds the mapped columns in the
 * header row (only the identifier column is required), then reads each data row's cells into values
 * and links, noting every cell it cannot read at its sheet, row and column.
 */
final class RowPlanner implements RowHandler {

    /** Rows between two progress reports. */
    static final int PROGRESS_EVERY = 500;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*");

    private final RegisterMapping mapping;
    private final ImportPlan.Builder plan;
    private final String sheet;
    private final ReadProgress progress;
    private final Map<Column, Integer> columns = new HashMap<>();
    private int identifierIndex = -1;
    private boolean headerSeen;
    private long total = -1;
    private long read;

    RowPlanner(
            RegisterMapping mapping, ImportPlan.Builder plan, String sheet, ReadProgress progress) {
        this.mapping = mapping;
        this.plan = plan;
        this.sheet = sheet;
        this.progress = progress;
    }

    @Override
    public void total(long rows) {
        total = rows;
        progress.rows(0, total);
    }

    @Override
    public void row(long number, List<String> cells) {
        read++;
        if (read % PROGRESS_EVERY == 0) {
            progress.rows(read, total);
        }
        if (number < mapping.headerRow()) {
            return;
        }
        if (number == mapping.headerRow()) {
            header(number, cells);
        } else if (headerSeen && !blank(cells)) {
            data(number, cells);
        }
    }

    /** Returns the plan once every row has been read. */
    ImportPlan finish() {
        if (!headerSeen) {
            plan.problem(
                    new Refusal(
                            Location.row(sheet, mapping.headerRow()),
                            "the header row "
                                    + mapping.headerRow()
                                    + " is missing: the sheet has fewer rows"));
        }
        progress.rows(read, total < 0 ? read : total);
        return plan.build();
    }

    private void header(long number, List<String> cells) {
        headerSeen = true;
        Map<String, Integer> byName = new HashMap<>();
        for (int i = cells.size() - 1; i >= 0; i--) {
            byName.put(normal(cells.get(i)), i);
        }
        Integer id = byName.get(normal(mapping.identifierColumn()));
        if (id == null) {
            plan.problem(missing(number, mapping.identifierColumn()));
        } else {
            identifierIndex = id;
        }
        for (Column column : mapping.columns()) {
            // A register without one of the mapped columns does not hold that property: the
            // import leaves it as it is. Only the identifier column is required.
            Integer index = byName.get(normal(column.header()));
            if (index != null) {
                columns.put(column, index);
            }
        }
    }

    private Refusal missing(long row, String header) {
        return new Refusal(
                Location.row(sheet, row),
                "the header row has no column '"
                        + header
                        + "', which the mapping "
                        + mapping.name()
                        + " needs");
    }

    private void data(long number, List<String> cells) {
        if (identifierIndex < 0) {
            return;
        }
        String identifier = cell(cells, identifierIndex);
        Location row = Location.row(sheet, number);
        Location idCell = row.column(columnName(identifierIndex, mapping.identifierColumn()));
        if (identifier.isEmpty()) {
            plan.problem(new Refusal(idCell, "missing identifier"));
            return;
        }
        if (!IDENTIFIER.matcher(identifier).matches()) {
            plan.problem(
                    new Refusal(
                            idCell,
                            "invalid identifier '"
                                    + identifier
                                    + "': use letters, digits, '.', '_', '~' and '-', starting"
                                    + " with a letter or digit"));
            return;
        }
        List<PlannedValue> values = new ArrayList<>();
        List<PlannedLink> links = new ArrayList<>();
        List<Refusal> problems = new ArrayList<>();
        for (Column column : mapping.columns()) {
            Integer index = columns.get(column);
            if (index == null) {
                continue;
            }
            Location at = row.column(columnName(index, column.header()));
            List<String> texts = split(cell(cells, index), column.separator());
            if (column.type() == ColumnType.LINK) {
                links.add(
                        new PlannedLink(
                                column.property(), targets(column, texts, at, problems), at));
            } else {
                values.add(
                        new PlannedValue(
                                column.property(), values(column, texts, at, problems), at));
            }
        }
        plan.resource(
                new PlannedResource(mapping.kind(), identifier, row, values, links, problems));
    }

    private static List<Node> values(
            Column column, List<String> texts, Location at, List<Refusal> problems) {
        List<Node> nodes = new ArrayList<>();
        for (String text : texts) {
            if (column.type() == ColumnType.CONCEPT) {
                Node scheme = column.scheme().orElseThrow();
                Optional<Node> concept = Schemes.concept(scheme, text);
                if (concept.isPresent()) {
                    nodes.add(concept.get());
                } else {
                    problems.add(
                            new Refusal(
                                    at,
                                    "value '"
                                            + text
                                            + "' is outside its scheme "
                                            + scheme.getLocalName()));
                }
                continue;
            }
            try {
                nodes.add(CellValues.literal(text, column.datatype()));
            } catch (CellValues.BadValueException e) {
                problems.add(new Refusal(at, e.getMessage()));
            }
        }
        return nodes;
    }

    private static List<LinkTarget> targets(
            Column column, List<String> texts, Location at, List<Refusal> problems) {
        List<LinkTarget> targets = new ArrayList<>();
        for (String text : texts) {
            Ref.Kind kind = column.targets().get(0);
            String key = text;
            int colon = text.indexOf(':');
            if (colon > 0) {
                Optional<Ref.Kind> named = Ref.Kind.fromName(text.substring(0, colon));
                if (named.isPresent() && column.targets().contains(named.get())) {
                    kind = named.get();
                    key = text.substring(colon + 1).strip();
                } else if (named.isPresent()) {
                    problems.add(
                            new Refusal(
                                    at,
                                    "'"
                                            + text
                                            + "' names a "
                                            + named.get().kindName()
                                            + ", but this column links to "
                                            + kindNames(column)));
                    continue;
                }
            }
            if (key.isEmpty()) {
                continue;
            }
            targets.add(new LinkTarget(kind, key, column.match()));
        }
        return targets;
    }

    private static String kindNames(Column column) {
        return String.join(", ", column.targets().stream().map(Ref.Kind::kindName).toList());
    }

    private static List<String> split(String cell, Optional<String> separator) {
        if (cell.isEmpty()) {
            return List.of();
        }
        if (separator.isEmpty()) {
            return List.of(cell);
        }
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(Pattern.quote(separator.get()), -1)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static String columnName(int index, String header) {
        return CellReference.convertNumToColString(index) + " (" + header + ")";
    }

    private static String normal(String header) {
        return header == null
                ? ""
                : header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
