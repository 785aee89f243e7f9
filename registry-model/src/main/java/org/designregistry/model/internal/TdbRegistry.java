package org.designregistry.model.internal;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.designregistry.model.CommitListener;
import org.designregistry.model.LoadResult;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.RegistryPrefixes;
import org.designregistry.model.RegistryStats;
import org.designregistry.model.TermLimits;
import org.designregistry.model.catalog.Catalog;
import org.designregistry.model.history.ChangeRecorder;
import org.designregistry.model.search.RegistrySearch;
import org.designregistry.model.validation.ValidationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A registry over a TDB2 dataset whose default graph holds the data. Every operation runs in one
 * Jena transaction; parsing happens before the write transaction starts, so a bad source never
 * touches the store.
 */
final class TdbRegistry implements Registry {

    private static final Logger LOG = LoggerFactory.getLogger(TdbRegistry.class);

    private final DatasetGraph store;
    private final ChangeTrackingDataset dataset;
    private final Path location;
    private final RegistryTerms terms;
    private final Catalog catalog;
    private final Runnable onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile RegistrySearch search;

    TdbRegistry(
            DatasetGraph store,
            Path location,
            RegistryTerms terms,
            TermLimits limits,
            Runnable onClose) {
        this.store = store;
        this.dataset = ChangeTrackingDataset.over(store, limits, terms.terms());
        this.location = location;
        this.terms = terms;
        this.catalog = Catalog.over(dataset, terms.terms());
        this.onClose = onClose;
    }

    @Override
    public LoadResult load(List<Path> files) {
        Objects.requireNonNull(files, "files");
        // Map every path first: an unknown extension fails before anything is read.
        return loadSources(files.stream().map(RdfSource::file).toList());
    }

    @Override
    public LoadResult load(InputStream in, RdfFormat format, String sourceName) {
        Objects.requireNonNull(in, "in");
        InputStream unclosed =
                new FilterInputStream(in) {
                    @Override
                    public void close() {
                        // The caller owns the stream.
                    }
                };
        return loadSources(List.of(RdfSource.stream(sourceName, () -> unclosed, format)));
    }

    @Override
    public LoadResult loadSources(List<RdfSource> sources) {
        requireOpen();
        List<RdfSource> all = List.copyOf(sources);
        List<DatasetGraph> parsed = all.stream().map(RdfSource::parseDataset).toList();
        // A load may bring the change history of an exported store, into an empty registry.
        return ChangeRecorder.restoringHistory(
                () -> Txn.calculateWrite(dataset, () -> GraphLoader.addAll(dataset, all, parsed)));
    }

    @Override
    public void export(OutputStream out, RdfFormat format) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        requireOpen();
        // Copy the snapshot so that a slow output stream does not hold a read transaction open,
        // and so that the writer sees the prefixes without a write to the store.
        DatasetGraph snapshot = Txn.calculateRead(dataset, () -> copy(format.quads()));
        try {
            RDFWriter writer =
                    format.quads()
                            ? RDFWriter.source(snapshot).format(format.writeFormat()).build()
                            : RDFWriter.source(snapshot.getDefaultGraph())
                                    .format(format.writeFormat())
                                    .build();
            writer.output(out);
        } catch (RuntimeException e) {
            throw new RegistryException(
                    "Cannot write the registry as " + format.shortName() + ": " + e.getMessage(),
                    e);
        }
    }

    /** Copies the registry graph and, if asked, the named graphs, with prefixes; in a read. */
    private DatasetGraph copy(boolean namedGraphs) {
        DatasetGraph copy = DatasetGraphFactory.create();
        dataset.getDefaultGraph().find().forEach(copy.getDefaultGraph()::add);
        if (namedGraphs) {
            dataset.listGraphNodes()
                    .forEachRemaining(
                            name ->
                                    dataset.getGraph(name)
                                            .find()
                                            .forEach(copy.getGraph(name)::add));
        }
        copy.prefixes().putAll(dataset.prefixes().getMapping());
        copy.prefixes().putAll(RegistryPrefixes.asMap());
        copy.getDefaultGraph().getPrefixMapping().setNsPrefixes(copy.prefixes().getMapping());
        return copy;
    }

    @Override
    public ValidationReport validate() {
        requireOpen();
        return Txn.calculateRead(
                dataset, () -> terms.validator().validate(dataWithTerms(dataset, terms.terms())));
    }

    @Override
    public ValidationReport validate(Collection<Node> focusNodes) {
        Objects.requireNonNull(focusNodes, "focusNodes");
        requireOpen();
        return Txn.calculateRead(
                dataset,
                () ->
                        terms.validator()
                                .validate(dataWithTerms(dataset, terms.terms()), focusNodes));
    }

    @Override
    public Optional<Set<Node>> affectedFocusNodes(Collection<Triple> changed) {
        Objects.requireNonNull(changed, "changed");
        requireOpen();
        return Txn.calculateRead(
                dataset,
                () ->
                        terms.validator()
                                .affectedFocusNodes(
                                        dataset.getDefaultGraph(), terms.terms(), changed));
    }

    @Override
    public ValidationReport validate(Graph draft, Collection<Node> focusNodes) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(focusNodes, "focusNodes");
        requireOpen();
        return terms.validator()
                .validate(new GraphReadOnly(new Union(draft, terms.terms())), focusNodes);
    }

    @Override
    public Optional<Set<Node>> affectedFocusNodes(Graph draft, Collection<Triple> changed) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(changed, "changed");
        requireOpen();
        return terms.validator().affectedFocusNodes(draft, terms.terms(), changed);
    }

    @Override
    public RegistryStats stats() {
        requireOpen();
        return Txn.calculateRead(
                dataset, () -> StatsCounter.count(dataset.getDefaultGraph(), terms.terms()));
    }

    @Override
    public long size() {
        requireOpen();
        return Txn.calculateRead(dataset, () -> (long) dataset.getDefaultGraph().size());
    }

    @Override
    public TermLimits termLimits() {
        return dataset.termLimits();
    }

    @Override
    public Catalog catalog() {
        requireOpen();
        return catalog;
    }

    /**
     * Attaches the search index, which from now on follows every commit; {@link RegistryStores}
     * calls it once the registry is constructed, and closes the registry if it fails.
     */
    void attachSearch() {
        search = RegistrySearch.attach(this);
    }

    @Override
    public RegistrySearch search() {
        requireOpen();
        return search;
    }

    @Override
    public <T> T read(Function<Model, T> reader) {
        Objects.requireNonNull(reader, "reader");
        requireOpen();
        return Txn.calculateRead(
                dataset,
                () ->
                        reader.apply(
                                ModelFactory.createModelForGraph(
                                        new GraphReadOnly(dataset.getDefaultGraph()))));
    }

    @Override
    public DatasetGraph dataset() {
        requireOpen();
        return dataset;
    }

    @Override
    public void addCommitListener(CommitListener listener) {
        Objects.requireNonNull(listener, "listener");
        requireOpen();
        dataset.addListener(listener);
    }

    @Override
    public void removeCommitListener(CommitListener listener) {
        dataset.removeListener(listener);
    }

    @Override
    public long version() {
        return dataset.version();
    }

    @Override
    public Optional<Path> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Closes the store: waits for running transactions to finish, then releases the store so that
     * its folder can be opened again in this JVM. Closing twice does nothing.
     *
     * @throws RegistryException if called inside one of this registry's transactions
     */
    @Override
    public void close() {
        if (dataset.isInTransaction()) {
            throw new RegistryException("Cannot close the registry inside its own transaction");
        }
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // The index first, outside exclusive mode: indexing a commit that is being made now needs
        // a read transaction, which exclusive mode would hold back. A commit that still comes
        // after this is not indexed, and the index notes it has to be rebuilt.
        closeSearch();
        // Exclusive mode waits for running transactions and holds new ones back, so the store is
        // released with none in flight; TDBInternal.expel is Jena's call to stop managing a
        // location (it closes the files and the lock), the only way to reopen it in this JVM.
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(store);
        coordinator.startExclusiveMode();
        try {
            TDBInternal.expel(store);
        } finally {
            coordinator.finishExclusiveMode();
            onClose.run();
        }
    }

    private void closeSearch() {
        RegistrySearch attached = search;
        if (attached == null) {
            return;
        }
        try {
            attached.close();
        } catch (RuntimeException e) {
            // The store must close all the same; an index not closed cleanly is rebuilt next time.
            LOG.warn("Could not close the search index of {}: {}", this, e.toString(), e);
        }
    }

    @Override
    public String toString() {
        return "Registry[" + location().map(Path::toString).orElse("in memory") + "]";
    }

    /** Returns a read-only union of the data and the terms, for reading data with its classes. */
    static Graph dataWithTerms(DatasetGraph dataset, Graph terms) {
        return new GraphReadOnly(new Union(dataset.getDefaultGraph(), terms));
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new RegistryException(this + " is closed");
        }
    }
}
