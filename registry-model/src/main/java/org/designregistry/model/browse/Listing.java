package org.designregistry.model.browse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.internal.Labels;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.model.vocabulary.Vocabulary;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.Vocabularies;

/**
 * One page of the resources a {@link ListQuery} selects, with the facets to narrow it further.
 *
 * @param query the query answered
 * @param items the resources on the page, in the query's order
 * @param total the number of resources the query selects, on every page
 * @param facets for each facet, the values it takes among the resources that match every filter but
 *     its own, with how many take each, by label (kinds in {@link Ref.Kind} order); a selected
 *     value is always present
 */
public record Listing(
        ListQuery query, List<Item> items, int total, Map<Facet, List<FacetValue>> facets) {

    /** Copies the lists and the map. */
    public Listing {
        Objects.requireNonNull(query, "query");
        items = List.copyOf(items);
        Map<Facet, List<FacetValue>> copy = new EnumMap<>(Facet.class);
        facets.forEach((facet, values) -> copy.put(facet, List.copyOf(values)));
        facets = Collections.unmodifiableMap(copy);
    }

    /** Returns the number of pages, at least 1. */
    public int pages() {
        return Math.max(1, (total + query.size() - 1) / query.size());
    }

    /** Returns the values of one facet, or an empty list. */
    public List<FacetValue> facet(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    /** The facets a listing can be narrowed by. */
    public enum Facet {
        /** The kind of resource; keys are kind names such as {@code data-item}. */
        KIND("kind"),
        /** The owning workstream ({@code dr:ownedBy}); keys are workstream identifiers. */
        WORKSTREAM("workstream"),
        /** The status ({@code dr:status}); keys are the local names of the status concepts. */
        STATUS("status"),
        /** The design phase of an artefact's type; keys are local names, such as LogicalDesign. */
        PHASE("phase"),
        /**
         * The artefact type ({@code dr:artefactType}), or for other resources their most specific
         * class; keys are local names.
         */
        TYPE("type");

        private final String label;

        Facet(String label) {
            this.label = label;
        }

        /** Returns the facet's name for people and URLs, such as {@code workstream}. */
        public String label() {
            return label;
        }

        /** Returns the facet with this label, or empty. */
        public static Optional<Facet> fromLabel(String label) {
            for (Facet facet : values()) {
                if (facet.label.equals(label)) {
                    return Optional.of(facet);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One value of a facet.
     *
     * @param key what a filter names it by
     * @param label its label for people
     * @param count how many resources take it
     * @param selected true when the query filters on it
     */
    public record FacetValue(String key, String label, int count, boolean selected) {}

    /**
     * A resource in a listing.
     *
     * @param resource the resource
     * @param kind its kind, if any of its classes names one
     * @param type its artefact type, or its most specific class
     * @param phase the design phase of its artefact type, or {@link Concept#NONE}
     * @param status its status, or {@link Concept#NONE}
     * @param workstreams the workstreams that own it
     * @param producedBy the working groups that produced it ({@code dr:producedBy})
     * @param illustrative true when it is marked {@code dr:illustrative true}
     * @param lastChanged when the latest recorded change that touched it was committed, if any
     */
    public record Item(
            ResourceRef resource,
            Optional<Ref.Kind> kind,
            Concept type,
            Concept phase,
            Concept status,
            List<ResourceRef> workstreams,
            List<ResourceRef> producedBy,
            boolean illustrative,
            Optional<Instant> lastChanged) {

        /** Copies the list. */
        public Item {
            workstreams = List.copyOf(workstreams);
            producedBy = List.copyOf(producedBy);
        }

        /** Returns the values this item takes for a facet. */
        List<FacetValue> values(Facet facet) {
            return switch (facet) {
                case KIND ->
                        kind.map(k -> List.of(value(k.kindName(), k.kindName()))).orElse(List.of());
                case WORKSTREAM ->
                        workstreams.stream()
                                .map(
                                        w ->
                                                value(
                                                        w.identifier().isEmpty()
                                                                ? Labels.localName(w.iri())
                                                                : w.identifier(),
                                                        w.label()))
                                .toList();
                case STATUS -> concept(status);
                case PHASE -> concept(phase);
                case TYPE -> concept(type);
            };
        }

        boolean matches(Map<Facet, Set<String>> filters, Facet except) {
            return filters.entrySet().stream()
                    .filter(f -> f.getKey() != except)
                    .allMatch(
                            f ->
                                    values(f.getKey()).stream()
                                            .anyMatch(v -> f.getValue().contains(v.key())));
        }

        /** Returns this item with the time of its latest recorded change. */
        Item changedAt(Optional<Instant> time) {
            return new Item(
                    resource,
                    kind,
                    type,
                    phase,
                    status,
                    workstreams,
                    producedBy,
                    illustrative,
                    time);
        }

        private static List<FacetValue> concept(Concept concept) {
            return concept.isPresent()
                    ? List.of(value(Labels.localName(concept.iri()), concept.label()))
                    : List.of();
        }

        private static FacetValue value(String key, String label) {
            return new FacetValue(key, label, 1, false);
        }

        /** Reads the item of a resource. */
        static Item read(ResourceReader g, Node node) {
            Optional<Node> artefactType = g.object(node, DR.artefactType);
            String classIri = g.mostSpecificType(node);
            Concept type =
                    artefactType
                            .map(g::concept)
                            .orElseGet(
                                    () ->
                                            classIri.isEmpty()
                                                    ? Concept.NONE
                                                    : g.concept(NodeFactory.createURI(classIri)));
            return new Item(
                    g.ref(node),
                    g.kind(node),
                    type,
                    artefactType
                            .flatMap(t -> g.object(t, DR.phase))
                            .map(g::concept)
                            .orElse(Concept.NONE),
                    g.object(node, DR.status).map(g::concept).orElse(Concept.NONE),
                    g.related(node, DR.ownedBy, DR.ownerOf),
                    g.related(node, DR.producedBy, DR.produces),
                    g.illustrative(node),
                    Optional.empty());
        }
    }

    /**
     * Returns every item a query selects (on every page), in its order; {@code all} is in the
     * default order, which breaks ties.
     */
    static List<Item> rows(ListQuery query, List<Item> all) {
        List<Item> matching =
                all.stream().filter(item -> item.matches(query.filters(), null)).toList();
        if (query.sort() == ListColumn.IDENTIFIER && !query.descending()) {
            return matching;
        }
        // List.sort is a stable merge sort: equal cells keep the default order.
        List<Item> sorted = new ArrayList<>(matching);
        sorted.sort(query.sort().order(query.descending()));
        return sorted;
    }

    /** Answers a query over every item, in the default order. */
    static Listing answer(ListQuery query, List<Item> all) {
        List<Item> matching = rows(query, all);
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, count(facet, query, all));
        }
        int from = Math.min(matching.size(), (query.page() - 1) * query.size());
        int to = Math.min(matching.size(), from + query.size());
        return new Listing(query, matching.subList(from, to), matching.size(), facets);
    }

    /**
     * Returns the label of a facet value no matching item has: an item's label for it, else the
     * label of the concept or class its key names, else the key itself.
     */
    private static String label(Facet facet, String key, List<Item> all) {
        return all.stream()
                .flatMap(item -> item.values(facet).stream())
                .filter(v -> v.key().equals(key))
                .map(FacetValue::label)
                .findFirst()
                .or(
                        () ->
                                namespaces(facet).stream()
                                        .map(ns -> Vocabulary.labelOf(ns + key))
                                        .flatMap(Optional::stream)
                                        .findFirst())
                .orElse(key);
    }

    private static List<String> namespaces(Facet facet) {
        return switch (facet) {
            case STATUS -> List.of(Vocabularies.STATUS_NS);
            case PHASE -> List.of(Vocabularies.PHASE_NS);
            case TYPE -> List.of(Vocabularies.ARTEFACT_TYPE_NS, DR.NS);
            case KIND, WORKSTREAM -> List.of();
        };
    }

    private static List<FacetValue> count(Facet facet, ListQuery query, List<Item> all) {
        Map<String, FacetValue> counts = new TreeMap<>();
        all.stream()
                .filter(item -> item.matches(query.filters(), facet))
                .flatMap(item -> item.values(facet).stream())
                .forEach(
                        v ->
                                counts.merge(
                                        v.key(),
                                        v,
                                        (a, b) ->
                                                new FacetValue(
                                                        a.key(),
                                                        a.label(),
                                                        a.count() + b.count(),
                                                        false)));
        Set<String> selected = query.filters().getOrDefault(facet, Set.of());
        selected.forEach(
                key ->
                        counts.putIfAbsent(
                                key, new FacetValue(key, label(facet, key, all), 0, true)));
        List<FacetValue> values = new ArrayList<>();
        for (FacetValue v : counts.values()) {
            values.add(new FacetValue(v.key(), v.label(), v.count(), selected.contains(v.key())));
        }
        values.sort(
                facet == Facet.KIND
                        ? Comparator.comparing(
                                (FacetValue v) ->
                                        Ref.Kind.fromName(v.key())
                                                .map(Enum::ordinal)
                                                .orElse(Integer.MAX_VALUE))
                        : Comparator.comparing(FacetValue::label, String.CASE_INSENSITIVE_ORDER)
                                .thenComparing(FacetValue::key));
        return values;
    }
}
