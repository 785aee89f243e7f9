package org.designregistry.model;

/**
 * Told after each committed write to a registry, so that derived state (a search index, an impact
 * index) follows the store.
 *
 * <p>Listeners run on the committing thread, after the commit and outside its transaction, in the
 * order they were added; the write call returns only when they have run, so a write is visible to
 * them when it returns. A listener may open read transactions on the registry. An exception from a
 * listener is logged and does not undo the commit or stop other listeners.
 */
@FunctionalInterface
public interface CommitListener {

    /** Handles one committed write. */
    void committed(Commit commit);
}
