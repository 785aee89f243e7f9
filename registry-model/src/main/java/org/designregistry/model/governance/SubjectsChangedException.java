package org.designregistry.model.governance;

import java.util.List;

/**
 * A decision was refused because subjects of its recommendation changed after the recommendation
 * was submitted: the body would decide on a version of them it was not asked about. Deciding again
 * with the changes acknowledged ({@link DecisionDraft#acknowledgingChanges()}) records the decision
 * at the change it was taken on. Nothing was stored.
 */
public class SubjectsChangedException extends WorkflowStateException {

    private final List<String> changedSubjects;

    /** Creates the exception naming the subjects (by identifier) that changed. */
    public SubjectsChangedException(String message, List<String> changedSubjects) {
        super(message);
        this.changedSubjects = List.copyOf(changedSubjects);
    }

    /** Returns the identifiers of the subjects that changed after the recommendation. */
    public List<String> changedSubjects() {
        return changedSubjects;
    }
}
