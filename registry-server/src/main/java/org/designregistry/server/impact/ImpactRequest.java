package org.designregistry.server.impact;

import java.util.List;
import java.util.Locale;
import org.designregistry.model.impact.ImpactQuery;

/**
 * The parameters of an impact request, from the query string or the command line.
 *
 * @param from references or IRIs to start from; several allowed
 * @param q full-text search text whose best hits are starts too, or null for none
 * @param searchLimit how many of the search's best hits to start from, or null for the default (10)
 * @param direction {@code downstream} (default), {@code upstream} or {@code both}
 * @param depth the depth limit, or null for none
 * @param relations relations to follow (each may hold several, comma-separated), or null for all
 * @param types classes to enter (comma-separated allowed), or null for all
 * @param allPaths true to list every shortest path of each hit
 * @param limit the result cap, or null for the default
 */
public record ImpactRequest(
        List<String> from,
        String q,
        Integer searchLimit,
        String direction,
        Integer depth,
        List<String> relations,
        List<String> types,
        boolean allPaths,
        Integer limit) {

    /**
     * Returns the model's query.
     *
     * @throws IllegalArgumentException if a value is out of range or unknown
     */
    public ImpactQuery toQuery() {
        boolean search = q != null && !q.isBlank();
        if (!search && (from == null || from.stream().allMatch(String::isBlank))) {
            throw new IllegalArgumentException(
                    "Give at least one resource to start from, such as from=DI-037, or search"
                            + " text to start from its best hits, such as q=GSP group (on the"
                            + " command line: REF... or --query)");
        }
        ImpactQuery.Builder query =
                ImpactQuery.from(split(from))
                        .search(search ? q : "")
                        .direction(
                                direction == null || direction.isBlank()
                                        ? ImpactQuery.Direction.DOWNSTREAM
                                        : ImpactQuery.Direction.parse(direction))
                        .relations(split(relations))
                        .types(split(types))
                        .allShortestPaths(allPaths);
        if (depth != null) {
            query.maxDepth(depth);
        }
        if (limit != null) {
            query.maxResults(limit);
        }
        if (searchLimit != null) {
            query.searchLimit(searchLimit);
        }
        return query.build();
    }

    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /** The forms a report can be written in. */
    public enum Format {
        /** {@link ImpactResponse} as JSON. */
        JSON("application/json"),
        /** {@link org.designregistry.model.impact.ImpactReport#toCsv()}. */
        CSV("text/csv"),
        /** {@link org.designregistry.model.impact.ImpactReport#toMarkdown()}. */
        MD("text/markdown"),
        /** An XLSX workbook of the report; a download of {@code /api/impact} only. */
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        /** Returns the media type, such as {@code text/csv}. */
        public String mediaType() {
            return mediaType;
        }

        /**
         * Returns the format named, ignoring case.
         *
         * @throws IllegalArgumentException naming the choices if it is none of them
         */
        public static Format parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Unknown format '" + name + "': expected json, csv, md or xlsx");
            }
        }
    }
}
