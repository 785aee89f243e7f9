package org.designregistry.ontology;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the concepts of the registry's SKOS concept schemes that code refers to by name:
 * statuses, decision outcomes, decision levels and design phases. Artefact types are data, read
 * from {@link DR#ArtefactTypes}.
 */
public final class Vocabularies {

    /** Namespace of the artefact type concepts. */
    public static final String ARTEFACT_TYPE_NS = "https://w3id.org/design-registry/artefact-type/";

    /** Namespace of the design phase concepts. */
    public static final String PHASE_NS = "https://w3id.org/design-registry/phase/";

    /** Namespace of the status concepts. */
    public static final String STATUS_NS = "https://w3id.org/design-registry/status/";

    /** Namespace of the decision outcome concepts. */
    public static final String OUTCOME_NS = "https://w3id.org/design-registry/outcome/";

    /** Namespace of the decision level concepts. */
    public static final String LEVEL_NS = "https://w3id.org/design-registry/level/";

    /** Design phases. */
    public static final class Phase {
        public static final Resource LogicalDesign = concept(PHASE_NS, "LogicalDesign");
        public static final Resource PhysicalDesign = concept(PHASE_NS, "PhysicalDesign");
        public static final Resource Delivery = concept(PHASE_NS, "Delivery");
        public static final Resource Other = concept(PHASE_NS, "Other");

        private Phase() {}
    }

    /** Statuses of artefacts and change requests. */
    public static final class Status {
        public static final Resource Draft = concept(STATUS_NS, "Draft");
        public static final Resource InReview = concept(STATUS_NS, "InReview");
        public static final Resource Approved = concept(STATUS_NS, "Approved");
        public static final Resource ApprovedWithConditions =
                concept(STATUS_NS, "ApprovedWithConditions");
        public static final Resource Rejected = concept(STATUS_NS, "Rejected");
        public static final Resource Superseded = concept(STATUS_NS, "Superseded");

        private Status() {}
    }

    /** Decision outcomes: the five DAG options. */
    public static final class Outcome {
        public static final Resource Accept = concept(OUTCOME_NS, "Accept");
        public static final Resource Reject = concept(OUTCOME_NS, "Reject");
        public static final Resource ReferForWork = concept(OUTCOME_NS, "ReferForWork");
        public static final Resource AcceptSubjectToWork =
                concept(OUTCOME_NS, "AcceptSubjectToWork");
        public static final Resource ReferToPSG = concept(OUTCOME_NS, "ReferToPSG");

        private Outcome() {}
    }

    /** Decision levels; {@code skos:notation} holds the level number. */
    public static final class Level {
        public static final Resource Level1 = concept(LEVEL_NS, "Level1");
        public static final Resource Level2 = concept(LEVEL_NS, "Level2");
        public static final Resource Level3 = concept(LEVEL_NS, "Level3");
        public static final Resource Level4 = concept(LEVEL_NS, "Level4");

        private Level() {}
    }

    private Vocabularies() {}

    private static Resource concept(String ns, String localName) {
        return ResourceFactory.createResource(ns + localName);
    }
}
