package org.designregistry.model.changerequest;

import java.time.Instant;
import org.designregistry.model.RegistryException;

/** Makes an impacted item's triage mark from what a person gave, checking each part. */
final class TriageMarks {

    private TriageMarks() {}

    /**
     * Returns the mark of the item of {@code cr}'s frozen assessment that {@code item} names (its
     * IRI or identifier), by {@code principal} at {@code at}.
     *
     * @throws RegistryException if the comment is longer than {@value Triage#MAX_COMMENT}
     *     characters, the change request has no frozen assessment, or that holds no such item
     */
    static Triage of(
            ChangeRequest cr,
            String item,
            Verdict verdict,
            String comment,
            String principal,
            Instant at) {
        String text = comment == null ? "" : comment.strip();
        if (text.length() > Triage.MAX_COMMENT) {
            throw new RegistryException(
                    "The comment is "
                            + text.length()
                            + " characters long; the limit is "
                            + Triage.MAX_COMMENT);
        }
        FrozenItem found = item(cr, item);
        return new Triage(found.iri(), verdict, text, principal, at);
    }

    /** Returns the item of the frozen assessment that {@code item} names. */
    static FrozenItem item(ChangeRequest cr, String item) {
        String wanted = item.strip();
        return ImpactAssessor.frozen(cr).items().stream()
                .filter(i -> i.iri().equals(wanted) || i.name().equals(wanted))
                .findFirst()
                .orElseThrow(
                        () ->
                                new RegistryException(
                                        "The impact assessment of "
                                                + cr.identifier()
                                                + " holds no item '"
                                                + item
                                                + "': give the IRI or identifier of one of its"
                                                + " items"));
    }
}
