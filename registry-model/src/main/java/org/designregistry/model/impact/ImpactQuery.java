package org.designregistry.model.impact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What to analyse: where a change starts, which way to walk, and the limits of the walk. Build one
 * with {@link #from(String...)}, or with {@link #search(String)} to start from the best hits of a
 * full-text search (both together start from the union).
 *
 * <pre>{@code
 * ImpactQuery query = ImpactQuery.from("DI-037")
 *         .direction(ImpactQuery.Direction.DOWNSTREAM)
 *         .maxDepth(3)
 *         .build();
 * }</pre>
 *
 * @param from where the change starts: references in the grammar {@code [kind:]identifier} (such as
 *     {@code DI-037} or {@code interface:IF-041}) or absolute IRIs; at least one, unless there is a
 *     search
 * @param direction which way to walk
 * @param maxDepth the number of links to follow at most from a start; empty for no limit
 * @param relations the relations to follow, as IRIs, prefixed names ({@code dr:carries}) or local
 *     names ({@code carries}); a relation or its inverse both name the link; empty for every
 *     relation that carries change
 * @param types the classes whose resources the walk may enter, as IRIs, prefixed or local names
 *     ({@code Interface}) or reference kinds ({@code interface}); subclasses count; empty for all
 * @param allShortestPaths true to give every hit all its shortest paths, not only the first
 * @param maxResults the number of hits after which the walk stops (and says so)
 * @param timeBudget the time after which the walk stops (and says so)
 * @param details true to look up each hit's owners, status and approvals after the walk; false for
 *     the walk and its paths alone
 * @param search full-text search text ({@link org.designregistry.model.search.SearchQuery}'s
 *     grammar) whose best hits are starts too; empty for none
 * @param searchLimit how many of the search's best hits to start from, 1 to {@value
 *     #MAX_SEARCH_LIMIT}
 */
public record ImpactQuery(
        List<String> from,
        Direction direction,
        OptionalInt maxDepth,
        Set<String> relations,
        Set<String> types,
        boolean allShortestPaths,
        int maxResults,
        Duration timeBudget,
        boolean details,
        String search,
        int searchLimit) {

    /** The number of hits after which a walk stops unless told otherwise. */
    public static final int DEFAULT_MAX_RESULTS = 100_000;

    /** The time after which a walk stops unless told otherwise. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(30);

    /** The number of search hits a search starts from unless told otherwise. */
    public static final int DEFAULT_SEARCH_LIMIT = 10;

    /** The most search hits a search may start from. */
    public static final int MAX_SEARCH_LIMIT = 100;

    /** Which way a change travels. */
    public enum Direction {
        /** What a change to the start impacts: what depends on it. */
        DOWNSTREAM,
        /** What the start depends on: whose changes would impact it. */
        UPSTREAM,
        /** Both walks, each in its own direction; a resource found both ways is listed once. */
        BOTH;

        /**
         * Returns the direction named, ignoring case.
         *
         * @throws IllegalArgumentException naming the choices if the name is none of them
         */
        public static Direction parse(String name) {
            Objects.requireNonNull(name, "name");
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Unknown direction '" + name + "': expected downstream, upstream or both");
            }
        }
    }

    /**
     * Checks the query.
     *
     * @throws IllegalArgumentException if there is neither a start nor a search, or a limit is out
     *     of range
     */
    public ImpactQuery {
        from = List.copyOf(from);
        search = Objects.requireNonNull(search, "search").strip();
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(maxDepth, "maxDepth");
        relations = Set.copyOf(new LinkedHashSet<>(relations));
        types = Set.copyOf(new LinkedHashSet<>(types));
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (from.isEmpty() && search.isEmpty()) {
            throw new IllegalArgumentException(
                    "Give at least one resource to start from, or search text to start from its"
                            + " hits");
        }
        if (searchLimit < 1 || searchLimit > MAX_SEARCH_LIMIT) {
            throw new IllegalArgumentException(
                    "The number of search hits to start from must be between 1 and "
                            + MAX_SEARCH_LIMIT
                            + ", not "
                            + searchLimit);
        }
        if (maxDepth.isPresent() && maxDepth.getAsInt() < 1) {
            throw new IllegalArgumentException(
                    "The depth must be at least 1, not " + maxDepth.getAsInt());
        }
        if (maxResults < 1) {
            throw new IllegalArgumentException(
                    "The result limit must be at least 1, not " + maxResults);
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("The time budget must be positive");
        }
    }

    /** Returns a builder of a query starting from these references or IRIs. */
    public static Builder from(String... starts) {
        return new Builder().from(List.of(starts));
    }

    /** Returns a builder of a query starting from these references or IRIs. */
    public static Builder from(Collection<String> starts) {
        return new Builder().from(starts);
    }

    /**
     * Returns a builder of a query starting from the best {@value #DEFAULT_SEARCH_LIMIT} hits of a
     * full-text search (see {@link Builder#searchLimit(int)}).
     */
    public static Builder search(String text) {
        return new Builder().search(text);
    }

    /** Returns a builder holding this query's values. */
    public Builder toBuilder() {
        Builder b = new Builder().from(from).direction(direction);
        maxDepth.ifPresent(b::maxDepth);
        return b.relations(relations)
                .types(types)
                .allShortestPaths(allShortestPaths)
                .maxResults(maxResults)
                .timeBudget(timeBudget)
                .details(details)
                .search(search)
                .searchLimit(searchLimit);
    }

    /** Builds an {@link ImpactQuery}; every setting but the starts has a default. */
    public static final class Builder {
        private final List<String> from = new ArrayList<>();
        private Direction direction = Direction.DOWNSTREAM;
        private OptionalInt maxDepth = OptionalInt.empty();
        private final Set<String> relations = new LinkedHashSet<>();
        private final Set<String> types = new LinkedHashSet<>();
        private boolean allShortestPaths;
        private int maxResults = DEFAULT_MAX_RESULTS;
        private Duration timeBudget = DEFAULT_TIME_BUDGET;
        private boolean details = true;
        private String search = "";
        private int searchLimit = DEFAULT_SEARCH_LIMIT;

        private Builder() {}

        /** Adds starts: references or IRIs. */
        public Builder from(Collection<String> starts) {
            starts.forEach(s -> from.add(Objects.requireNonNull(s, "start")));
            return this;
        }

        /** Sets the direction; {@link Direction#DOWNSTREAM} by default. */
        public Builder direction(Direction direction) {
            this.direction = Objects.requireNonNull(direction, "direction");
            return this;
        }

        /** Limits the walk to this many links from a start; unlimited by default. */
        public Builder maxDepth(int depth) {
            this.maxDepth = OptionalInt.of(depth);
            return this;
        }

        /** Follows only these relations (added to any given before); all by default. */
        public Builder relations(Collection<String> relations) {
            relations.forEach(r -> this.relations.add(Objects.requireNonNull(r, "relation")));
            return this;
        }

        /** Enters only resources of these classes (added to any given before); all by default. */
        public Builder types(Collection<String> types) {
            types.forEach(t -> this.types.add(Objects.requireNonNull(t, "type")));
            return this;
        }

        /** Gives every hit all its shortest paths; only the first by default. */
        public Builder allShortestPaths(boolean all) {
            this.allShortestPaths = all;
            return this;
        }

        /** Stops after this many hits; {@value ImpactQuery#DEFAULT_MAX_RESULTS} by default. */
        public Builder maxResults(int max) {
            this.maxResults = max;
            return this;
        }

        /** Stops after this long; {@link ImpactQuery#DEFAULT_TIME_BUDGET} by default. */
        public Builder timeBudget(Duration budget) {
            this.timeBudget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /** Looks up owners, status and approvals of the hits (the default), or not. */
        public Builder details(boolean details) {
            this.details = details;
            return this;
        }

        /** Also starts from the best hits of this full-text search; none by default. */
        public Builder search(String text) {
            this.search = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Starts from this many of the search's best hits; {@value
         * ImpactQuery#DEFAULT_SEARCH_LIMIT} by default.
         */
        public Builder searchLimit(int limit) {
            this.searchLimit = limit;
            return this;
        }

        /**
         * Returns the query.
         *
         * @throws IllegalArgumentException if there is neither a start nor a search, or a limit is
         *     out of range
         */
        public ImpactQuery build() {
            return new ImpactQuery(
                    from,
                    direction,
                    maxDepth,
                    relations,
                    types,
                    allShortestPaths,
                    maxResults,
                    timeBudget,
                    details,
                    search,
                    searchLimit);
        }
    }
}
