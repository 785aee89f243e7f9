package org.designregistry.model.edit;

/**
 * What whoever is writing may change beyond ordinary edits, asked by {@link ValidatedWrites} as
 * each write transaction begins, on the thread that writes.
 *
 * <p>Recording decisions (creating, changing or deleting a {@code dr:Decision}, or the links that
 * say what a decision approved, rejected or referred) is the one such right. A server implements
 * this from the signed-in user of the request the thread serves; the model knows nothing of users
 * or roles.
 *
 * <pre>{@code
 * WriteRights rights = () -> currentUser().hasRole("approver");
 * DatasetGraph checked = ValidatedWrites.guard(registry, rights);
 * }</pre>
 */
@FunctionalInterface
public interface WriteRights {

    /** Returns true when whoever writes on this thread may create, change or delete decisions. */
    boolean mayRecordDecisions();

    /** Returns the rights of the registry's owner, who may change anything (loads, local tools). */
    static WriteRights unrestricted() {
        return () -> true;
    }
}
