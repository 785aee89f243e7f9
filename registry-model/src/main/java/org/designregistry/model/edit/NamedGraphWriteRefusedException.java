package org.designregistry.model.edit;

import java.util.List;
import java.util.Objects;
import org.designregistry.model.RegistryException;

/**
 * A client's write was refused because it changes a named graph: the registry manages only its
 * default graph (the registry graph), where shapes and decision rights apply, so a write through
 * {@link ValidatedWrites#guard} may change nothing else; nothing was stored.
 */
public class NamedGraphWriteRefusedException extends RegistryException {

    private static final int LISTED = 3;

    private final List<String> graphs;

    /** Creates the exception naming the named graphs the refused write would have changed. */
    public NamedGraphWriteRefusedException(List<String> graphs) {
        super(
                "The change writes to "
                        + describe(Objects.requireNonNull(graphs, "graphs"))
                        + ": clients may change only the default graph (the registry graph);"
                        + " nothing was stored");
        this.graphs = List.copyOf(graphs);
    }

    /** Returns the IRIs of the named graphs the write would have changed, in the order changed. */
    public List<String> graphs() {
        return graphs;
    }

    private static String describe(List<String> graphs) {
        String listed =
                String.join(", ", graphs.stream().limit(LISTED).map(g -> "<" + g + ">").toList());
        int more = graphs.size() - LISTED;
        return (graphs.size() == 1 ? "named graph " : "named graphs ")
                + listed
                + (more > 0 ? " and " + more + " more" : "");
    }
}
