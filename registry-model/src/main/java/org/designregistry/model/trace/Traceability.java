package org.designregistry.model.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.internal.Labels;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.ontology.RegistryOntology;

/**
 * Traceability over a registry: matrices between two kinds of resource, and the coverage gaps that
 * design governance looks for. Each call reads one consistent snapshot in one read transaction.
 *
 * <pre>{@code
 * Traceability trace = Traceability.of(registry);
 * TraceMatrix m = trace.matrix("Requirement", "BusinessProcess", List.of());
 * TraceMatrix viaInterfaces = trace.matrix("process", "data-item", List.of("dr:uses", "dr:carries"));
 * CoverageReport gaps = trace.gaps();
 * }</pre>
 *
 * <p>Kinds are named by their reference kind ({@code requirement}, {@code process}, {@code
 * data-item}) or their class's local name ({@code Requirement}, {@code BusinessProcess}), ignoring
 * case. A link stated either way counts: {@code r oslc_rm:satisfiedBy p} and {@code p
 * oslc_rm:satisfies r} link the same pair.
 */
public final class Traceability {

    /** How many matrices are kept for the current version (see {@link #matrix}). */
    static final int MATRICES_KEPT = 4;

    private final Registry registry;
    private final DatasetGraph dataset;
    private final Graph terms;
    private long gapsVersion = -1;
    private CoverageReport gaps;

    /**
     * The latest matrices asked for, kept while the registry's version stays the same: a person
     * paging through a large matrix asks for the same one again and again.
     */
    private final Map<List<Object>, TraceMatrix> matrices =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, TraceMatrix> eldest) {
                    return size() > MATRICES_KEPT;
                }
            };

    private final Map<List<Object>, Long> matrixVersions = new HashMap<>();

    private Traceability(Registry registry) {
        this.registry = registry;
        this.dataset = registry.dataset();
        this.terms = new GraphReadOnly(RegistryOntology.terms().getGraph());
    }

    /** Returns the traceability view of a registry. */
    public static Traceability of(Registry registry) {
        return new Traceability(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * Returns the matrix of two kinds: with an empty {@code via}, the pairs linked directly by any
     * relation; otherwise the pairs linked through that path of relations (each an IRI, prefixed
     * name such as {@code dr:uses}, or local name; {@code ^} before one walks it backwards).
     *
     * <p>The latest {@value #MATRICES_KEPT} matrices are kept until the registry's {@link
     * Registry#version() version} moves on, so that paging through a large one reads the graph
     * once.
     *
     * @throws IllegalArgumentException if a kind or relation names nothing known
     */
    public TraceMatrix matrix(String rows, String columns, List<String> via) {
        Ref.Kind rowKind = kind(rows);
        Ref.Kind columnKind = kind(columns);
        Objects.requireNonNull(via, "via");
        List<Object> key = List.of(rowKind, columnKind, List.copyOf(via));
        long version = registry.version();
        synchronized (matrices) {
            TraceMatrix kept = matrices.get(key);
            if (kept != null && matrixVersions.get(key) == version) {
                return kept;
            }
        }
        TraceMatrix matrix =
                read(
                        (graph, reader) ->
                                MatrixBuilder.build(
                                        graph,
                                        reader,
                                        rowKind,
                                        columnKind,
                                        MatrixBuilder.path(graph, via)));
        synchronized (matrices) {
            matrices.put(key, matrix);
            matrixVersions.put(key, version);
            matrixVersions.keySet().retainAll(matrices.keySet());
        }
        return matrix;
    }

    /**
     * Returns the coverage gaps of the registry, with coverage per check and per kind. The report
     * is kept until the registry's {@link Registry#version() version} moves on, since the checks
     * read the whole graph (seconds on a large registry) and pages ask for it on every view;
     * callers wait while another computes it.
     */
    public synchronized CoverageReport gaps() {
        // The version is read first, so a write landing during the checks makes the next call run
        // them again rather than keep a report older than its version says.
        long version = registry.version();
        if (gaps == null || gapsVersion != version) {
            gaps = read(GapChecks::run);
            gapsVersion = version;
        }
        return gaps;
    }

    /**
     * Returns the kind a name stands for: a reference kind or a class local name, ignoring case.
     *
     * @throws IllegalArgumentException listing the kinds if it names none
     */
    static Ref.Kind kind(String name) {
        Objects.requireNonNull(name, "kind");
        Optional<Ref.Kind> kind = Ref.Kind.fromName(name);
        if (kind.isPresent()) {
            return kind.get();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Ref.Kind.values())
                .filter(
                        k ->
                                k.classIris().stream()
                                        .anyMatch(
                                                c ->
                                                        Labels.localName(c)
                                                                .toLowerCase(Locale.ROOT)
                                                                .equals(wanted)))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Unknown kind '"
                                                + name
                                                + "': give one of "
                                                + Arrays.stream(Ref.Kind.values())
                                                        .map(k -> Labels.localName(k.classIri()))
                                                        .collect(Collectors.joining(", "))
                                                + " (or a reference kind such as data-item)"));
    }

    private <T> T read(java.util.function.BiFunction<Graph, ResourceReader, T> query) {
        return Txn.calculateRead(
                dataset,
                () -> {
                    Graph graph = new GraphReadOnly(new Union(dataset.getDefaultGraph(), terms));
                    return query.apply(graph, new ResourceReader(graph));
                });
    }

    /**
     * Returns the instances of a kind (of its classes or any class below them, at any depth),
     * sorted as references are.
     */
    static List<Node> instances(ResourceReader reader, Ref.Kind kind) {
        Set<Node> found = new LinkedHashSet<>();
        kind.classIris().forEach(c -> found.addAll(reader.instances(c)));
        List<Node> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(reader::ref));
        return sorted;
    }
}
