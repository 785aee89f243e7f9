package org.designregistry.model.impact;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A compact, immutable in-memory index of the registry's change-propagating links: every triple
 * whose relation carries {@code dr:changePropagates}, stated either way, as one directed edge from
 * the resource that changes (the dependency) to the resource it impacts (the dependent).
 *
 * <p><b>Layout.</b> Resources are numbered 0..n-1 in IRI order; {@link #iri(int)} and a binary
 * search over the sorted IRIs map between the two. Edges are stored twice, in compressed sparse row
 * form: for the downstream direction an offsets array of n+1 ints and, per edge, the target's
 * number (an {@code int}) and the relation's number (a {@code byte}); the same again for the
 * upstream direction. A resource's neighbours are therefore one contiguous slice, ordered by
 * relation (relations are numbered in IRI order) and then by the neighbour's IRI, which makes every
 * walk deterministic. A walk touches only these arrays: no objects, no hashing. About 10 bytes per
 * edge go to the edges themselves; the IRIs take the rest (measured in the benchmark, see {@code
 * docs/benchmarks.md}).
 *
 * <p><b>Freshness.</b> An index is a snapshot of the data at one committed version; {@link
 * ImpactAnalysis#index()} hands out a current one, brought up to date from the changes of the
 * writes committed since (or rebuilt in one read transaction when those cannot be followed).
 */
public final class ImpactIndex {

    /**
     * A relation that carries change, as the index names its edges.
     *
     * @param iri the canonical relation: of a pair of inverses, the one whose subject depends on
     *     its object where the pair has one
     * @param label its {@code rdfs:label}, else its local name
     * @param inverseIri its {@code owl:inverseOf}, or empty text when none is declared
     * @param inverseLabel the inverse's label, or empty text
     * @param dependentIsSubject true when a change to a triple's object impacts its subject ({@code
     *     dr:toSubject})
     */
    public record Relation(
            String iri,
            String label,
            String inverseIri,
            String inverseLabel,
            boolean dependentIsSubject) {

        /** Checks that no part is null. */
        public Relation {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(inverseIri, "inverseIri");
            Objects.requireNonNull(inverseLabel, "inverseLabel");
        }

        /**
         * Returns the IRI that reads from the changed resource to the impacted one (downstream), or
         * from the impacted one to what it depends on (upstream); a {@code ^} before the IRI when
         * only the opposite relation is declared.
         */
        public String reading(boolean downstream) {
            boolean forward = downstream != dependentIsSubject;
            if (forward) {
                return iri;
            }
            return inverseIri.isEmpty() ? "^" + iri : inverseIri;
        }

        /** Returns the label that reads the same way as {@link #reading(boolean)}. */
        public String readingLabel(boolean downstream) {
            boolean forward = downstream != dependentIsSubject;
            if (forward) {
                return label;
            }
            return inverseLabel.isEmpty() ? "inverse of " + label : inverseLabel;
        }
    }

    private final long version;
    private final String[] iris;
    private final String[] typeIris;
    private final short[] types;
    private final List<Relation> relations;
    private final int[] downOffsets;
    private final int[] downTargets;
    private final byte[] downRelations;
    private final int[] upOffsets;
    private final int[] upTargets;
    private final byte[] upRelations;

    ImpactIndex(
            long version,
            String[] iris,
            String[] typeIris,
            short[] types,
            List<Relation> relations,
            int[] downOffsets,
            int[] downTargets,
            byte[] downRelations,
            int[] upOffsets,
            int[] upTargets,
            byte[] upRelations) {
        this.version = version;
        this.iris = iris;
        this.typeIris = typeIris;
        this.types = types;
        this.relations = List.copyOf(relations);
        this.downOffsets = downOffsets;
        this.downTargets = downTargets;
        this.downRelations = downRelations;
        this.upOffsets = upOffsets;
        this.upTargets = upTargets;
        this.upRelations = upRelations;
    }

    /** Returns the number of resources that have at least one propagating link. */
    public int nodeCount() {
        return iris.length;
    }

    /** Returns the number of distinct propagating edges (each link once, however stated). */
    public int edgeCount() {
        return downTargets.length;
    }

    /** Returns the relations that carry change, by IRI; an edge's relation is one of these. */
    public List<Relation> relations() {
        return relations;
    }

    /** Returns true when the resource has at least one propagating link. */
    public boolean contains(String iri) {
        return id(iri) >= 0;
    }

    /**
     * Returns the most specific {@code rdf:type} of an indexed resource (the smallest IRI of
     * several), or empty when it has none or is not indexed.
     */
    public Optional<String> typeOf(String iri) {
        int id = id(Objects.requireNonNull(iri, "iri"));
        if (id < 0 || types[id] < 0) {
            return Optional.empty();
        }
        return Optional.of(TypeSignature.primary(typeIris[types[id]]));
    }

    /**
     * Returns every asserted {@code rdf:type} of an indexed resource, the most specific first, then
     * the others by IRI; empty when it has none or is not indexed.
     */
    public List<String> typesOf(String iri) {
        int id = id(Objects.requireNonNull(iri, "iri"));
        if (id < 0 || types[id] < 0) {
            return List.of();
        }
        return TypeSignature.classes(typeIris[types[id]]);
    }

    /** Returns the registry's data version this index was built at. */
    long version() {
        return version;
    }

    /** Returns this index as the snapshot of a later version whose changes left it as it is. */
    ImpactIndex atVersion(long later) {
        return new ImpactIndex(
                later,
                iris,
                typeIris,
                types,
                relations,
                downOffsets,
                downTargets,
                downRelations,
                upOffsets,
                upTargets,
                upRelations);
    }

    /** Returns the number of a resource, or -1 when it is not indexed. */
    int id(String iri) {
        int found = Arrays.binarySearch(iris, iri);
        return found >= 0 ? found : -1;
    }

    String iri(int id) {
        return iris[id];
    }

    /** Returns the type number of a resource, or -1. */
    int type(int id) {
        return types[id];
    }

    /**
     * Returns the {@link TypeSignature}s of the resources (their asserted types), by type number.
     */
    String[] typeIris() {
        return typeIris;
    }

    int[] offsets(boolean downstream) {
        return downstream ? downOffsets : upOffsets;
    }

    int[] targets(boolean downstream) {
        return downstream ? downTargets : upTargets;
    }

    byte[] edgeRelations(boolean downstream) {
        return downstream ? downRelations : upRelations;
    }

    @Override
    public String toString() {
        return "ImpactIndex[" + nodeCount() + " resources, " + edgeCount() + " edges]";
    }
}
