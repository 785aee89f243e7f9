package org.designregistry.model.governance;

/** Where a decision stands against its publication deadline. */
public enum PublicationStatus {
    /** Published on or before its due date. */
    PUBLISHED,
    /** Published, but after its due date. */
    PUBLISHED_LATE,
    /** Not published and past its due date. */
    OVERDUE,
    /** Not published and due within the warning window (3 working days by default). */
    DUE_SOON,
    /** Not published, with more than the warning window left. */
    PENDING
}
