package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registry;
import org.designregistry.model.validation.ValidationReport;
import org.designregistry.ontology.DR;

/**
 * Warns after a load about relations whose {@code dr:changePropagates} annotation the impact engine
 * cannot follow as stated (such as one annotated both ways): the load itself is not validated, so
 * without this a programme would learn of it only from {@code registry validate}.
 */
final class PropagationWarnings {

    private PropagationWarnings() {}

    /** Prints one warning line per result on the annotated relations; returns how many. */
    static int print(Registry store, IriShortener iris, PrintWriter err) {
        List<Node> annotated =
                Txn.calculateRead(
                        store.dataset(),
                        () ->
                                store
                                        .dataset()
                                        .getDefaultGraph()
                                        .find(Node.ANY, DR.changePropagates.asNode(), Node.ANY)
                                        .mapWith(Triple::getSubject)
                                        .toSet()
                                        .stream()
                                        .toList());
        if (annotated.isEmpty()) {
            return 0;
        }
        ValidationReport report = store.validate(annotated);
        for (ValidationReport.Violation v : report.violations()) {
            err.println("warning: " + iris.shorten(v.focusNode()) + ": " + v.message());
        }
        return report.violations().size();
    }
}
