package org.designregistry.model.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.designregistry.model.catalog.Ref;

/**
 * What one source (a workbook, a CSV file, an ArchiMate model) wants the registry to hold: the
 * resources it states, keyed by kind and identifier, the resources it removes, and the problems its
 * reader found that belong to no one resource. Made by a format's reader with {@link #builder};
 * previewed and committed by {@link Imports}.
 *
 * <pre>{@code
 * ImportPlan plan = ImportPlan.builder("interfaces.csv")
 *         .resource(new PlannedResource(Ref.Kind.INTERFACE, "IF-041", Location.row("interfaces.csv", 2),
 *                 List.of(new PlannedValue(RDFS.label.asNode(), List.of(label), at)), List.of(), List.of()))
 *         .build();
 * }</pre>
 *
 * @param source the source's name, such as the file name; the change's message when committed
 * @param resources the resources stated, each key once, in the source's order
 * @param removals the resources the source removes (such as elements gone from a model)
 * @param problems problems that belong to no resource (a missing column, a row without its
 *     identifier); any refuses the import
 */
public record ImportPlan(
        String source,
        List<PlannedResource> resources,
        List<Removal> removals,
        List<Refusal> problems) {

    /** Checks the parts and copies the lists. */
    public ImportPlan {
        Objects.requireNonNull(source, "source");
        resources = List.copyOf(resources);
        removals = List.copyOf(removals);
        problems = List.copyOf(problems);
    }

    /** Returns a builder for the plan of the named source. */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /**
     * A resource the source removes: every triple it is the subject or object of is deleted.
     *
     * @param kind its kind
     * @param identifier its {@code dcterms:identifier}
     * @param location where the source says so, or {@link Location#SOURCE}
     */
    public record Removal(Ref.Kind kind, String identifier, Location location) {

        /** Checks the parts. */
        public Removal {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * Collects a plan's parts in source order. A resource whose key was stated before is not added
     * twice: the plan gets a problem at the second location naming the first.
     */
    public static final class Builder {

        private final String source;
        private final Map<String, PlannedResource> resources = new LinkedHashMap<>();
        private final List<Removal> removals = new ArrayList<>();
        private final List<Refusal> problems = new ArrayList<>();

        private Builder(String source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /** Adds a resource, or a problem if its key was stated before. */
        public Builder resource(PlannedResource resource) {
            PlannedResource earlier = resources.putIfAbsent(resource.key(), resource);
            if (earlier != null) {
                problems.add(
                        new Refusal(
                                resource.location(),
                                "identifier '"
                                        + resource.identifier()
                                        + "' is stated twice; first at "
                                        + earlier.location()));
            }
            return this;
        }

        /** Adds a removal. */
        public Builder remove(Removal removal) {
            removals.add(Objects.requireNonNull(removal, "removal"));
            return this;
        }

        /** Adds a problem that belongs to no resource. */
        public Builder problem(Refusal problem) {
            problems.add(Objects.requireNonNull(problem, "problem"));
            return this;
        }

        /** Returns the number of resources added so far, for progress reports. */
        public int size() {
            return resources.size();
        }

        /** Returns the plan. */
        public ImportPlan build() {
            return new ImportPlan(source, List.copyOf(resources.values()), removals, problems);
        }
    }
}
