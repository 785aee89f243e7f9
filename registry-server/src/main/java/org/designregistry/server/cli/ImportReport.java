package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Prints what an import did or would do, for a person: the counts, each created, updated or removed
 * resource with its changes (the first {@value #LISTED}), and every refusal with its location. The
 * same for an import run here and one a server ran (whose JSON reply it reads as maps).
 */
final class ImportReport {

    /** Resources listed with their changes; the counts cover the rest. */
    static final int LISTED = 50;

    private ImportReport() {}

    /** Prints the report of a server's reply to {@code POST /api/imports}, read as maps. */
    @SuppressWarnings("unchecked")
    static void print(PrintWriter out, Map<String, Object> reply, boolean dryRun) {
        Map<String, Object> counts = (Map<String, Object>) reply.getOrDefault("counts", Map.of());
        out.printf(
                "%s (%s): %s rows: %s created, %s updated, %s unchanged, %s removed, %s refused%s%n",
                reply.get("source"),
                reply.get("mapping"),
                reply.get("rows"),
                counts.getOrDefault("created", 0),
                counts.getOrDefault("updated", 0),
                counts.getOrDefault("unchanged", 0),
                counts.getOrDefault("removed", 0),
                counts.getOrDefault("refused", 0),
                dryRun ? " (dry run: nothing stored)" : "");
        int listed = 0;
        for (Map<String, Object> item :
                (List<Map<String, Object>>) reply.getOrDefault("items", List.of())) {
            String outcome = String.valueOf(item.get("outcome"));
            if (outcome.equals("unchanged") || outcome.equals("refused") || listed++ >= LISTED) {
                continue;
            }
            out.printf("  %s %s (%s)%n", outcome, item.get("key"), item.get("location"));
            for (Map<String, Object> change :
                    (List<Map<String, Object>>) item.getOrDefault("changes", List.of())) {
                out.printf(
                        "    %s: %s -> %s%n",
                        change.get("property"),
                        values(change.get("before")),
                        values(change.get("after")));
            }
        }
        refusals(out, (List<Map<String, Object>>) reply.getOrDefault("refusals", List.of()));
    }

    /** Prints each refusal: {@code refused at sheet S, row 3, column C: reason}. */
    static void refusals(PrintWriter out, List<Map<String, Object>> refusals) {
        for (Map<String, Object> refusal : refusals) {
            out.printf("  refused at %s: %s%n", refusal.get("location"), refusal.get("reason"));
        }
    }

    private static String values(Object values) {
        List<?> list = values instanceof List<?> l ? l : List.of();
        return list.isEmpty()
                ? "(none)"
                : String.join("; ", list.stream().map(String::valueOf).toList());
    }
}
