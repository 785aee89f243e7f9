package org.designregistry.model.changerequest;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registry;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.ontology.RegistryOntology;

/**
 * How change requests reach the store: reads of their records over the data joined with the terms,
 * and checked writes recorded with route {@value ChangeRequests#ROUTE}, a message and the change
 * request they are made under.
 */
final class ChangeRequestStore {

    private final Registry registry;
    private final Graph terms = RegistryOntology.terms().getGraph();

    ChangeRequestStore(Registry registry) {
        this.registry = registry;
    }

    ChangeHistory history() {
        return registry.history();
    }

    /** Runs a query over the change requests in one read transaction. */
    <T> T read(Function<ChangeRequestRecords, T> query) {
        DatasetGraph dataset = registry.dataset();
        return Txn.calculateRead(
                dataset,
                () -> {
                    Graph data = dataset.getDefaultGraph();
                    return query.apply(new ChangeRequestRecords(new Union(data, terms), data));
                });
    }

    /**
     * Runs a checked write, recorded with route {@value ChangeRequests#ROUTE}, the message and the
     * change request, by whoever the thread's {@link ChangeContext} names.
     */
    void write(String identifier, String message, Consumer<Graph> change) {
        ChangeContext who = ChangeContext.current();
        ChangeContext context =
                new ChangeContext(
                        who.principal(),
                        ChangeRequests.ROUTE,
                        Optional.of(message),
                        Optional.of(identifier));
        ChangeContext.runWith(
                context,
                () -> ValidatedWrites.update(registry, model -> change.accept(model.getGraph())));
    }
}
