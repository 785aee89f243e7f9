package org.designregistry.model.history;

/**
 * A dataset whose one write transaction can hold several recorded changes: the registry's writer
 * commits a batch of independent writes together, and each keeps a change record of its own, with
 * its own who, route and reason ({@link ChangeContext}) and its own patch, all committed atomically
 * with the data.
 */
public interface ChangeSteps {

    /**
     * Records the net changes this thread's write transaction made since it began or since the last
     * step as one change, under the current {@link ChangeContext}, and starts the next step; a step
     * that changed nothing records nothing. The records commit or abort with the transaction.
     *
     * @throws IllegalStateException outside a write transaction
     */
    void recordStep();
}
