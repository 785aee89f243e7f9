package org.designregistry.model.edit;

import java.util.List;
import java.util.Objects;
import org.designregistry.model.RegistryException;

/**
 * A write was refused because it creates, changes or deletes decisions and its writer may not
 * record decisions (see {@link WriteRights}); nothing was stored.
 */
public class DecisionWriteRefusedException extends RegistryException {

    private static final int LISTED = 3;

    private final List<String> decisions;

    /** Creates the exception naming the decisions the refused write would have changed. */
    public DecisionWriteRefusedException(List<String> decisions) {
        super(
                "The change records or alters "
                        + describe(Objects.requireNonNull(decisions, "decisions"))
                        + ", which its writer may not do; nothing was stored");
        this.decisions = List.copyOf(decisions);
    }

    /**
     * Returns the IRIs (or blank node labels) of the decisions the write would have changed, in the
     * order it changed them.
     */
    public List<String> decisions() {
        return decisions;
    }

    /**
     * Returns the decisions the write would have changed, the first few by IRI, such as {@code
     * decision https://registry.mhhs.example/id/decision/DAG-2021-11-17-01}.
     */
    public String describeDecisions() {
        return describe(decisions);
    }

    private static String describe(List<String> decisions) {
        String listed = String.join(", ", decisions.stream().limit(LISTED).toList());
        int more = decisions.size() - LISTED;
        return (decisions.size() == 1 ? "decision " : "decisions ")
                + listed
                + (more > 0 ? " and " + more + " more" : "");
    }
}
