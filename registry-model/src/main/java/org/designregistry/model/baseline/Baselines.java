package org.designregistry.model.baseline;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.system.Txn;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.RegistryPrefixes;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.resource.ResourceExistsException;
import org.designregistry.ontology.DR;

/**
 * The registry's frozen baselines: named points of the change history, each the registry graph
 * exactly as it stood just after one recorded change.
 *
 * <p><b>How a baseline freezes.</b> Creating one writes a small record to the registry graph (a
 * {@code dr:Baseline} resource with its name, label, description, creator, time, approving decision
 * and {@code dr:frozenAtChange}, the number of the last change it holds), recorded as a change like
 * any write. Nothing is copied: what the baseline holds is rebuilt on demand from the current graph
 * by undoing, newest first, the patches of the changes recorded since (see {@link NetPatch}). The
 * change history is append-only and written in the same transaction as each write, so the rebuilt
 * state cannot drift: no write can change what a baseline holds, and a {@link BaselineGuard}
 * refuses any write to its record.
 *
 * <p><b>Cost.</b> Creating one costs a few triples, whatever the registry's size: storage
 * proportional to the changes since the previous baseline (which the history stores anyway), not to
 * the registry. Reading one costs the patches of the changes made since it was frozen (parsed once
 * and kept while no newer change arrives), then index lookups on the store as for the live graph; a
 * materialised copy per baseline would instead cost the whole registry's size each time, and is
 * what the storage target rules out. Comparing two baselines costs the patches between
 * them.
 *
 * <pre>{@code
 * Baselines baselines = Baselines.of(registry, "https://registry.mhhs.example/id/");
 * Baseline db1 = baselines.create(BaselineDraft.named("Design Baseline 1"));
 * boolean had = baselines.read("Design Baseline 1", g -> g.contains(s, p, o));
 * }</pre>
 */
public final class Baselines {

    /** The route recorded for the changes that freeze and delete baselines. */
    public static final String ROUTE = "baseline";

    private final Registry registry;
    private final String baseIri;
    private final StateCache states = new StateCache();

    private Baselines(Registry registry, String baseIri) {
        this.registry = registry;
        this.baseIri = baseIri;
    }

    /**
     * Returns the baselines of a registry, minting their IRIs as {@code <baseIri>baseline/<name>}.
     */
    public static Baselines of(Registry registry, String baseIri) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(baseIri, "baseIri");
        return new Baselines(registry, baseIri);
    }

    /** Returns every frozen baseline, oldest first. */
    public List<Baseline> list() {
        return read(BaselineRecords::all);
    }

    /**
     * Returns the frozen baseline a name names (spaces or hyphens alike), or empty if none does.
     *
     * @throws RegistryException if the name does not follow the grammar of baseline names
     */
    public Optional<Baseline> find(String name) {
        String identifier = BaselineTerms.identifier(name);
        return read(data -> BaselineRecords.named(data, identifier));
    }

    /**
     * Returns the frozen baseline a name names.
     *
     * @throws BaselineNotFoundException if none does
     */
    public Baseline get(String name) {
        return find(name).orElseThrow(() -> new BaselineNotFoundException(name));
    }

    /**
     * Freezes the registry as it is now under a new name and returns the baseline: it holds every
     * change recorded so far; its record is written as a new change (route {@value #ROUTE}) by
     * whoever the thread's {@link ChangeContext} names.
     *
     * @throws ResourceExistsException if a resource of that name exists already
     * @throws RegistryException if the name breaks its grammar, or the decision is not one
     */
    public Baseline create(BaselineDraft draft) {
        Objects.requireNonNull(draft, "draft");
        String identifier = BaselineTerms.identifier(draft.name());
        Node node = NodeFactory.createURI(baseIri + "baseline/" + identifier);
        String label = draft.label().orElse(draft.name().strip());
        recorded(
                "Freeze baseline " + identifier,
                () -> {
                    // On this thread: the leave to write baseline records is bound to it.
                    ValidatedWrites.updateOnThisThread(
                            registry,
                            WriteRights.unrestricted(),
                            model -> {
                                Graph data = model.getGraph();
                                if (data.contains(node, Node.ANY, Node.ANY)
                                        || BaselineRecords.named(data, identifier).isPresent()) {
                                    throw new ResourceExistsException(
                                            "A resource named '"
                                                    + identifier
                                                    + "' exists already: choose another baseline"
                                                    + " name");
                                }
                                draft.decision().ifPresent(d -> requireDecision(data, d));
                                data.add(node, BaselineTerms.TYPE, BaselineTerms.BASELINE);
                                data.add(node, BaselineTerms.IDENTIFIER, literal(identifier));
                                data.add(node, BaselineTerms.LABEL, literal(label));
                                draft.description()
                                        .ifPresent(
                                                d ->
                                                        data.add(
                                                                node,
                                                                BaselineTerms.DESCRIPTION,
                                                                literal(d)));
                                draft.decision()
                                        .ifPresent(
                                                d ->
                                                        data.add(
                                                                node,
                                                                BaselineTerms.APPROVED_BY,
                                                                NodeFactory.createURI(d)));
                                stamp(data, node);
                            });
                    return null;
                });
        return get(identifier);
    }

    /**
     * Freezes an existing, unfrozen {@code dr:Baseline} resource (such as a sample's) at the latest
     * change, so that the resource and the frozen state are one baseline; returns it.
     *
     * @throws RegistryException if the resource is not a baseline, has no identifier or is frozen
     */
    public Baseline freeze(String iri, String message) {
        Node node = NodeFactory.createURI(Objects.requireNonNull(iri, "iri"));
        recorded(
                message,
                () -> {
                    // On this thread: the leave to write baseline records is bound to it.
                    ValidatedWrites.updateOnThisThread(
                            registry,
                            WriteRights.unrestricted(),
                            model -> {
                                Graph data = model.getGraph();
                                if (!data.contains(
                                        node, BaselineTerms.TYPE, BaselineTerms.BASELINE)) {
                                    throw new RegistryException("Not a baseline: <" + iri + ">");
                                }
                                if (data.contains(node, BaselineTerms.FROZEN_AT, Node.ANY)) {
                                    throw new RegistryException("Already frozen: <" + iri + ">");
                                }
                                if (!data.contains(node, BaselineTerms.IDENTIFIER, Node.ANY)) {
                                    throw new RegistryException(
                                            "A baseline needs an identifier (dcterms:identifier)"
                                                    + " to be frozen: <"
                                                    + iri
                                                    + ">");
                                }
                                stamp(data, node);
                            });
                    return null;
                });
        return read(data -> BaselineRecords.read(data, node)).orElseThrow();
    }

    /**
     * Deletes a baseline: its record and the links to it, as a new change (route {@value #ROUTE})
     * that says why. The history keeps both the deletion and the state the baseline held.
     *
     * @throws BaselineNotFoundException if no baseline has that name
     */
    public void delete(String name, String reason) {
        Baseline baseline = get(name);
        Node node = NodeFactory.createURI(baseline.iri());
        String message =
                "Delete baseline "
                        + baseline.name()
                        + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        recorded(
                message,
                () -> {
                    // On this thread: the leave to write baseline records is bound to it.
                    ValidatedWrites.updateOnThisThread(
                            registry,
                            WriteRights.unrestricted(),
                            model -> {
                                Graph data = model.getGraph();
                                List<Triple> all =
                                        java.util.stream.Stream.concat(
                                                        data.stream(node, Node.ANY, Node.ANY),
                                                        data.stream(Node.ANY, Node.ANY, node))
                                                .distinct()
                                                .toList();
                                all.forEach(data::delete);
                            });
                    return null;
                });
    }

    /**
     * Returns what {@code reader} makes of the registry graph as a baseline holds it, inside one
     * read transaction; the graph is read-only and must not escape the reader.
     *
     * @throws BaselineNotFoundException if no baseline has that name
     */
    public <T> T read(String name, Function<Graph, T> reader) {
        Objects.requireNonNull(reader, "reader");
        return read(
                data -> {
                    String identifier = BaselineTerms.identifier(name);
                    Baseline baseline =
                            BaselineRecords.named(data, identifier)
                                    .orElseThrow(() -> new BaselineNotFoundException(name));
                    return reader.apply(frozenGraph(baseline));
                });
    }

    /**
     * Returns the registry graph as a baseline holds it, as a read-only view valid only inside the
     * read transaction on the registry's dataset that the caller is in (a SPARQL endpoint's).
     */
    public Graph frozenGraph(Baseline baseline) {
        Objects.requireNonNull(baseline, "baseline");
        return new GraphReadOnly(
                states.since(registry.history(), baseline.change())
                        .undoOn(registry.dataset().getDefaultGraph()));
    }

    /**
     * Writes the registry graph as a baseline holds it to {@code out} in a syntax, with the
     * registry prefixes; a quad syntax holds it as the default graph.
     *
     * @throws BaselineNotFoundException if no baseline has that name
     */
    public void export(String name, OutputStream out, RdfFormat format) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        // Copied inside the read, so that a slow stream does not hold the transaction open.
        DatasetGraph copy =
                read(
                        name,
                        graph -> {
                            DatasetGraph snapshot = DatasetGraphFactory.create();
                            graph.find().forEachRemaining(snapshot.getDefaultGraph()::add);
                            return snapshot;
                        });
        copy.prefixes().putAll(RegistryPrefixes.asMap());
        copy.getDefaultGraph().getPrefixMapping().setNsPrefixes(RegistryPrefixes.asMap());
        RDFWriter writer =
                format.quads()
                        ? RDFWriter.source(copy).format(format.writeFormat()).build()
                        : RDFWriter.source(copy.getDefaultGraph())
                                .format(format.writeFormat())
                                .build();
        writer.output(out);
    }

    /**
     * Returns the difference from one baseline to another, or to the registry now when {@code to}
     * is empty: resources added, removed and changed, each changed property and link, and the
     * changes that made them.
     *
     * @throws BaselineNotFoundException if a name names no baseline
     */
    public BaselineDiff diff(String from, Optional<String> to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return read(
                data -> {
                    Baseline a = namedIn(data, from);
                    Optional<Baseline> b = to.map(name -> namedIn(data, name));
                    return new DiffBuilder(registry, states).build(a, b);
                });
    }

    private static Baseline namedIn(Graph data, String name) {
        return BaselineRecords.named(data, BaselineTerms.identifier(name))
                .orElseThrow(() -> new BaselineNotFoundException(name));
    }

    private void stamp(Graph data, Node node) {
        data.add(
                node,
                BaselineTerms.FROZEN_AT,
                NodeFactory.createLiteralDT(
                        Long.toString(registry.history().latest()), XSDDatatype.XSDlong));
        data.add(
                node,
                BaselineTerms.CREATED,
                NodeFactory.createLiteralDT(
                        Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                        XSDDatatype.XSDdateTime));
        data.add(node, BaselineTerms.CREATOR, literal(ChangeContext.current().principal()));
    }

    private static void requireDecision(Graph data, String iri) {
        if (!data.contains(NodeFactory.createURI(iri), BaselineTerms.TYPE, DR.Decision.asNode())) {
            throw new RegistryException(
                    "The approving decision must be a decision of the registry (dr:Decision): <"
                            + iri
                            + ">");
        }
    }

    /** Runs a write that baseline records may make, recorded with route and message. */
    private static void recorded(String message, Supplier<Void> write) {
        ChangeContext who = ChangeContext.current();
        ChangeContext context =
                new ChangeContext(
                        who.principal(), ROUTE, Optional.of(message), who.changeRequest());
        ChangeContext.callWith(context, () -> BaselineGuard.permitting(write));
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private <T> T read(Function<Graph, T> query) {
        DatasetGraph dataset = registry.dataset();
        return Txn.calculateRead(dataset, () -> query.apply(dataset.getDefaultGraph()));
    }
}
