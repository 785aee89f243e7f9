package org.designregistry.model.governance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.designregistry.model.RegistryException;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.Vocabularies;

/**
 * The five things a body may decide on a recommendation (the DAG's Terms of Reference), each with
 * the link it makes from the decision to the subjects and the status it leaves them in.
 */
public enum Outcome {
    /** (i) Accept: the subjects are Approved at the recommendation's change. */
    ACCEPT("accept", Vocabularies.Outcome.Accept, DR.approves, Vocabularies.Status.Approved),
    /** (ii) Reject: the subjects are Rejected. */
    REJECT("reject", Vocabularies.Outcome.Reject, DR.rejects, Vocabularies.Status.Rejected),
    /** (iii) Refer for additional work: the subjects go back to Draft, with the reason. */
    REFER_FOR_WORK(
            "refer-for-work",
            Vocabularies.Outcome.ReferForWork,
            DR.refers,
            Vocabularies.Status.Draft),
    /** (iv) Accept subject to additional work: Approved with conditions, tracked until met. */
    ACCEPT_SUBJECT_TO_WORK(
            "accept-subject-to-work",
            Vocabularies.Outcome.AcceptSubjectToWork,
            DR.approves,
            Vocabularies.Status.ApprovedWithConditions),
    /** (v) Refer to the PSG: a new recommendation to the PSG; the subjects stay In Review. */
    REFER_TO_PSG(
            "refer-to-psg",
            Vocabularies.Outcome.ReferToPSG,
            DR.refers,
            Vocabularies.Status.InReview);

    private final String code;
    private final Resource concept;
    private final Property link;
    private final Resource status;

    Outcome(String code, Resource concept, Property link, Resource status) {
        this.code = code;
        this.concept = concept;
        this.link = link;
        this.status = status;
    }

    /** Returns the name used in the API and forms, such as {@code accept-subject-to-work}. */
    public String code() {
        return code;
    }

    /** Returns the outcome as a person reads it, numbered as in the terms of reference. */
    public String label() {
        return switch (this) {
            case ACCEPT -> "(i) Accept";
            case REJECT -> "(ii) Reject";
            case REFER_FOR_WORK -> "(iii) Refer for additional work or analysis";
            case ACCEPT_SUBJECT_TO_WORK -> "(iv) Accept subject to additional work";
            case REFER_TO_PSG -> "(v) Refer to the PSG";
        };
    }

    /** Returns the concept of the decision outcome scheme, such as {@code droutcome:Accept}. */
    public Resource concept() {
        return concept;
    }

    /** Returns the relation from the decision to its subjects: approves, rejects or refers. */
    Property link() {
        return link;
    }

    /** Returns the status the outcome leaves the subjects in. */
    Resource status() {
        return status;
    }

    /**
     * Returns the outcome a code, a concept's local name or IRI, or a roman numeral (i to v) names.
     *
     * @throws RegistryException naming the codes when none matches
     */
    public static Outcome parse(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(o -> o.matches(wanted))
                .findFirst()
                .orElseThrow(
                        () ->
                                new RegistryException(
                                        "Unknown outcome '"
                                                + wanted
                                                + "': expected one of "
                                                + Arrays.stream(values())
                                                        .map(Outcome::code)
                                                        .collect(Collectors.joining(", "))));
    }

    /** Returns the outcome of a concept IRI of the decision outcome scheme, or empty. */
    public static Optional<Outcome> ofConcept(String iri) {
        return Arrays.stream(values()).filter(o -> o.concept.getURI().equals(iri)).findFirst();
    }

    private boolean matches(String wanted) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        return lower.equals(code)
                || wanted.equals(concept.getURI())
                || wanted.equalsIgnoreCase(concept.getLocalName())
                || lower.equals(numeral());
    }

    private String numeral() {
        return switch (this) {
            case ACCEPT -> "i";
            case REJECT -> "ii";
            case REFER_FOR_WORK -> "iii";
            case ACCEPT_SUBJECT_TO_WORK -> "iv";
            case REFER_TO_PSG -> "v";
        };
    }
}
