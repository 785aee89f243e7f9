package org.designregistry.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.history.Difference;
import org.designregistry.model.history.ResourceChange;
import org.designregistry.model.history.ResourceHistory;

/** Prints changes and a resource's history as Markdown or CSV for the history commands. */
final class ChangeTables {

    private ChangeTables() {}

    /** Returns the format named, lower case, or throws naming the accepted ones. */
    static String format(String name, List<String> accepted) {
        String chosen = name == null ? accepted.get(0) : name.strip().toLowerCase(Locale.ROOT);
        if (!accepted.contains(chosen)) {
            throw new IllegalArgumentException(
                    "Unknown format '" + name + "': expected " + String.join(", ", accepted));
        }
        return chosen;
    }

    /** Returns the changes as a Markdown table, newest first. */
    static String markdown(List<ChangeRecord> changes) {
        StringBuilder out = new StringBuilder();
        out.append("| Change | Time | Who | Route | Message | Change request | Touched |\n");
        out.append("|---:|---|---|---|---|---|---:|\n");
        for (ChangeRecord c : changes) {
            out.append("| ")
                    .append(c.number())
                    .append(" | ")
                    .append(c.time())
                    .append(" | ")
                    .append(cell(c.principal()))
                    .append(" | ")
                    .append(cell(c.route()))
                    .append(" | ")
                    .append(cell(c.message().orElse("")))
                    .append(" | ")
                    .append(cell(c.changeRequest().orElse("")))
                    .append(" | ")
                    .append(c.touched().size())
                    .append(" |\n");
        }
        return out.toString();
    }

    /** Returns the changes as CSV (RFC 4180), with a header row; touched IRIs space-separated. */
    static String csv(List<ChangeRecord> changes) {
        List<String> lines = new ArrayList<>();
        lines.add("number,time,principal,route,message,changeRequest,touched");
        for (ChangeRecord c : changes) {
            lines.add(
                    String.join(
                            ",",
                            Long.toString(c.number()),
                            c.time().toString(),
                            quoted(c.principal()),
                            quoted(c.route()),
                            quoted(c.message().orElse("")),
                            quoted(c.changeRequest().orElse("")),
                            quoted(String.join(" ", c.touched()))));
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    /**
     * Returns a resource's history as Markdown: one section per change, one line per difference.
     */
    static String markdown(ResourceHistory history) {
        StringBuilder out = new StringBuilder();
        out.append("# History of ").append(history.iri()).append("\n");
        if (history.items().isEmpty()) {
            out.append("\nNo recorded change touched it.\n");
        }
        for (ResourceChange change : history.items()) {
            ChangeRecord c = change.change();
            out.append("\n## Change ")
                    .append(c.number())
                    .append(": ")
                    .append(c.time())
                    .append(", ")
                    .append(c.principal())
                    .append(" (")
                    .append(c.route())
                    .append(")\n");
            c.message().ifPresent(m -> out.append("\n").append(m.strip()).append("\n"));
            out.append("\n")
                    .append(
                            change.differences().stream()
                                    .map(Difference::text)
                                    .map(t -> "- " + t)
                                    .collect(Collectors.joining("\n")))
                    .append("\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private static String quoted(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
