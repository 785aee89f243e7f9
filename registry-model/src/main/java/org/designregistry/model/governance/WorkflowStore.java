package org.designregistry.model.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.ontology.DR;

/**
 * What every step of the workflow shares: the registry, the base of the IRIs it mints, the clock
 * that says what today is, and the one way it writes: a checked write ({@link ValidatedWrites}),
 * recorded as a change by whoever the thread's {@link ChangeContext} names, with a message that
 * says what the step did when the caller gave none.
 */
final class WorkflowStore {

    private final Registry registry;
    private final String baseIri;
    private final Clock clock;

    WorkflowStore(Registry registry, String baseIri, Clock clock) {
        this.registry = registry;
        this.baseIri = baseIri;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Returns the registry's change history. */
    ChangeHistory history() {
        return registry.history();
    }

    /** Returns the number of the latest recorded change. */
    long latestChange() {
        return registry.history().latest();
    }

    <T> T read(Function<GovernanceReader, T> query) {
        DatasetGraph dataset = registry.dataset();
        return Txn.calculateRead(
                dataset, () -> query.apply(new GovernanceReader(dataset.getDefaultGraph())));
    }

    /**
     * Runs one checked, recorded write; {@code change} gets the graph to change and a reader of it.
     * The write may run more than once (see {@link ValidatedWrites#update}), so it reads only the
     * graph it is given.
     */
    void write(WriteRights rights, String message, BiConsumer<Graph, GovernanceReader> change) {
        write(rights, message, Optional.empty(), change);
    }

    /**
     * Runs one checked, recorded write as {@link #write(WriteRights, String, BiConsumer)} does,
     * recorded as made under {@code changeRequest} (its identifier) when the caller named none, so
     * that the change request lists the workflow steps taken on it.
     */
    void write(
            WriteRights rights,
            String message,
            Optional<String> changeRequest,
            BiConsumer<Graph, GovernanceReader> change) {
        ChangeContext who = ChangeContext.current();
        ChangeContext context = who.message().isPresent() ? who : who.withMessage(message);
        if (context.changeRequest().isEmpty() && changeRequest.isPresent()) {
            context =
                    new ChangeContext(
                            context.principal(), context.route(), context.message(), changeRequest);
        }
        ChangeContext.runWith(
                context,
                () ->
                        ValidatedWrites.update(
                                registry,
                                rights,
                                model -> {
                                    Graph graph = model.getGraph();
                                    change.accept(graph, new GovernanceReader(graph));
                                }));
    }

    /**
     * Returns the identifier of the change request among a step's subjects (the first by identifier
     * when there are several: a change record names one), or empty when none is one.
     */
    static Optional<String> changeRequestAmong(GovernanceReader read, Collection<Node> subjects) {
        return subjects.stream()
                .filter(s -> read.resources().isA(s, DR.ChangeRequest.getURI()))
                .map(read::identifier)
                .sorted()
                .findFirst();
    }

    /** Returns the IRI of a resource of {@code kind} with {@code identifier}. */
    Node iri(Ref.Kind kind, String identifier) {
        return NodeFactory.createURI(baseIri + kind.kindName() + "/" + identifier);
    }

    /**
     * Returns the first identifier {@code prefix + nnn} (from 001) that names no resource of {@code
     * kind} yet.
     */
    String nextIdentifier(Graph graph, Ref.Kind kind, String prefix) {
        for (int n = 1; ; n++) {
            String identifier = prefix + String.format(Locale.ROOT, "%03d", n);
            if (!graph.contains(iri(kind, identifier), Node.ANY, Node.ANY)) {
                return identifier;
            }
        }
    }

    /** Adds the type, identifier and label every workflow resource has. */
    static void describe(Graph graph, Node node, Resource type, String identifier, String label) {
        graph.add(node, RDF.type.asNode(), type.asNode());
        graph.add(node, DCTerms.identifier.asNode(), text(identifier));
        graph.add(node, RDFS.label.asNode(), text(label));
    }

    static void add(Graph graph, Node subject, Property property, Node object) {
        graph.add(subject, property.asNode(), object);
    }

    static void replace(Graph graph, Node subject, Property property, Node object) {
        graph.remove(subject, property.asNode(), Node.ANY);
        graph.add(subject, property.asNode(), object);
    }

    static Node text(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node date(LocalDate date) {
        return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    static Node number(long number) {
        return NodeFactory.createLiteralDT(Long.toString(number), XSDDatatype.XSDlong);
    }
}
