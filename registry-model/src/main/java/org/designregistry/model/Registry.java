package org.designregistry.model;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.designregistry.model.catalog.Catalog;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.search.RegistrySearch;
import org.designregistry.model.validation.ValidationReport;

/**
 * A design registry: one RDF graph of artefacts, processes, interfaces, data items, requirements
 * and decisions, held in a transactional store.
 *
 * <p>Open one with {@link Registries}. Every read runs in a read transaction and sees a consistent
 * snapshot, even while a writer writes; every write runs in one write transaction and is all or
 * nothing. A registry is safe to share between threads. Close it when done.
 *
 * <pre>{@code
 * try (Registry registry = Registries.connect(Path.of("data"))) {
 *     registry.load(List.of(Path.of("extra.ttl")));
 *     System.out.println(registry.stats());
 * }
 * }</pre>
 */
public interface Registry extends AutoCloseable {

    /**
     * Loads RDF files into the registry in one transaction, choosing each file's syntax from its
     * extension (any of the standard RDF syntaxes Jena reads: .ttl, .nt, .nq, .trig, .jsonld, .rdf,
     * .owl ...).
     *
     * <p>Every file is parsed into memory first; only when all have parsed are their triples added,
     * in one write transaction, with the prefixes they declare. The default graph of a quad syntax
     * (TriG, N-Quads) goes to the registry graph and its named graphs to the named graphs of the
     * same names, kept beside the registry graph (as a {@linkplain #export backup or export in a
     * quad syntax} holds them), so that a quad export loads back as it was.
     *
     * @return what was loaded
     * @throws RdfParseException if a file does not parse; it names the file, line and column, and
     *     the registry is left unchanged
     * @throws RegistryException if a file cannot be read or its syntax is unknown; the registry is
     *     left unchanged
     */
    LoadResult load(List<Path> files);

    /**
     * Loads RDF sources (files, classpath resources, streams) into the registry in one transaction:
     * all of them or, on any error, none. Parsing and named graphs are handled as by {@link
     * #load(List)}.
     *
     * @throws RdfParseException if a source does not parse; the registry is left unchanged
     * @throws RegistryException if a source cannot be read; the registry is left unchanged
     */
    LoadResult loadSources(List<RdfSource> sources);

    /**
     * Loads RDF from a stream in one transaction.
     *
     * @param in the RDF, which this method does not close
     * @param format its syntax
     * @param sourceName the name to quote in error messages, such as a file or resource name
     * @return what was loaded
     * @throws RdfParseException if it does not parse; the registry is left unchanged
     */
    LoadResult load(InputStream in, RdfFormat format, String sourceName);

    /**
     * Writes the whole registry graph to {@code out} in the given syntax, with the {@link
     * RegistryPrefixes standard prefixes} and those the loaded data declared; does not close it. A
     * {@linkplain RdfFormat#quads() quad syntax} (TriG, N-Quads) holds every named graph as well; a
     * triple syntax holds the registry graph only, leaving named graphs out.
     *
     * @throws RegistryException if the graph cannot be written in that syntax
     */
    void export(OutputStream out, RdfFormat format);

    /**
     * Returns the SHACL validation report of the registry graph against the registry shapes, run
     * over a read-only union of the data and the terms so that {@code sh:class} sees subclasses and
     * concept schemes.
     */
    ValidationReport validate();

    /**
     * Returns the results of {@link #validate()} whose focus node is one of {@code focusNodes}, in
     * the same order, found by validating those nodes alone (each against the shapes that target
     * it) over the data and the terms. Inside a write transaction on this thread it sees that
     * transaction's changes.
     */
    ValidationReport validate(Collection<Node> focusNodes);

    /**
     * Returns the focus nodes whose validation results a change to these triples can alter, read
     * from the registry graph as the current transaction sees it (the change made), or empty when
     * the change must be validated over the whole graph: a change to the terms, one of more than
     * {@value org.designregistry.model.validation.RegistryValidator#MAX_CHANGED_TRIPLES} triples,
     * or one that affects more than {@value
     * org.designregistry.model.validation.RegistryValidator#MAX_AFFECTED_NODES} nodes. Checked
     * writes validate these nodes before and after the change (see {@link ValidatedWrites}).
     *
     * <pre>{@code
     * Optional<Set<Node>> focus = registry.affectedFocusNodes(List.of(removedOwner));
     * ValidationReport report = focus.map(registry::validate).orElseGet(registry::validate);
     * }</pre>
     *
     * @param changed the triples added to or removed from the registry graph
     * @see org.designregistry.model.validation.RegistryValidator#affectedFocusNodes
     */
    Optional<Set<Node>> affectedFocusNodes(Collection<Triple> changed);

    /**
     * Returns the results of validating some focus nodes of {@code draft}, a graph that stands for
     * this registry's data (a write not yet applied, buffered over the data), read with the
     * registry's terms; as {@link #validate(Collection)} does for the data itself. The caller holds
     * whatever transaction {@code draft} reads the store in.
     */
    ValidationReport validate(Graph draft, Collection<Node> focusNodes);

    /**
     * Returns the focus nodes whose results a change to these triples can alter in {@code draft}, a
     * graph that stands for this registry's data with the change made; as {@link
     * #affectedFocusNodes(Collection)} does for the data itself.
     */
    Optional<Set<Node>> affectedFocusNodes(Graph draft, Collection<Triple> changed);

    /**
     * Returns the number of triples and the number of resources of each asserted {@code rdf:type},
     * labelled from the terms, largest first.
     */
    RegistryStats stats();

    /** Returns the number of triples in the registry graph. */
    long size();

    /** Returns true when the registry holds no triples. */
    default boolean isEmpty() {
        return size() == 0;
    }

    /**
     * Returns the longest terms a write may store; a write with a longer IRI, literal or identifier
     * is refused at commit with a {@link TermTooLongException}, whatever its route.
     */
    TermLimits termLimits();

    /**
     * Returns the typed, read-only view of the registry's domain resources; each of its calls is
     * one read transaction.
     */
    Catalog catalog();

    /**
     * Returns the registry's full-text search index, which follows every commit: ranked, faceted,
     * typo-tolerant search, type-ahead suggestions, and {@code text:query} in SPARQL over {@link
     * #dataset()}. On disk it lives in the {@code index} sub-folder of the data folder and is
     * opened with the registry; in memory it is built on first use. It closes with the registry.
     */
    RegistrySearch search();

    /**
     * Returns the result of {@code reader} applied to the registry graph inside one read
     * transaction. The model must not escape the function.
     */
    <T> T read(Function<Model, T> reader);

    /**
     * Applies a change to the registry graph in one write transaction, checked against the SHACL
     * shapes before it is committed: a change that would add a violation is rolled back. The model
     * must not escape the change.
     *
     * <pre>{@code
     * registry.update(model -> model.add(process, RDFS.label, "Change of Meter"));
     * }</pre>
     *
     * @throws ShapeViolationException with the violations the change would add; nothing is stored
     * @throws RuntimeException whatever the change throws; nothing is stored
     * @see ValidatedWrites
     */
    default void update(Consumer<Model> change) {
        ValidatedWrites.update(this, change);
    }

    /**
     * Returns the registry's change history: one numbered record per committed write that changed
     * the registry graph, with who, when, how, why and its patch; and the registry as it was after
     * any change.
     */
    default ChangeHistory history() {
        return ChangeHistory.of(this);
    }

    /**
     * Returns the dataset that backs the registry, for services such as a SPARQL endpoint that
     * manage their own transactions. Writes through it bypass the registry's shape checks but are
     * seen by commit listeners.
     */
    DatasetGraph dataset();

    /**
     * Registers a listener told after every committed write, whatever path the write took: this
     * interface, SPARQL Update or graph store requests over {@link #dataset()}, or direct writes to
     * it. See {@link CommitListener} for threading and ordering.
     */
    void addCommitListener(CommitListener listener);

    /** Unregisters a listener; does nothing if it was not registered. */
    void removeCommitListener(CommitListener listener);

    /**
     * Returns the data version: the number of write transactions committed since the registry was
     * opened. It grows by one per commit, so a cache can tell whether it is stale.
     */
    long version();

    /**
     * Returns the data folder (absolute, links resolved), or empty for an in-memory registry. The
     * TDB2 store is its {@code store} sub-folder; derived state such as indexes lives beside it.
     */
    Optional<Path> location();

    /**
     * Closes the store, after waiting for running transactions to finish; the registry cannot be
     * used afterwards, and its store folder can be opened again. Closing twice does nothing.
     */
    @Override
    void close();
}
