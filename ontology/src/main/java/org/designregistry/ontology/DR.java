package org.designregistry.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Design Registry vocabulary: the classes, properties and individuals of the {@code dr:}
 * namespace, declared in {@code ontology/ontology.ttl} and {@code ontology/vocabularies.ttl}.
 *
 * <p>Terms that standard vocabularies already provide (DCTerms, SKOS, W3C ORG, OSLC RM) are not
 * redeclared here: use Jena's {@code DCTerms}, {@code SKOS} and {@code ORG}, and {@link OSLCRM}.
 */
public final class DR {

    /** The namespace of the vocabulary, ending in {@code #}. */
    public static final String NS = "https://w3id.org/design-registry#";

    /** Returns the namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    /** The ontology resource itself. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Impact semantics
    public static final Property changePropagates = property("changePropagates");
    public static final Resource PropagationDirection = resource("PropagationDirection");
    public static final Resource toSubject = resource("toSubject");
    public static final Resource toObject = resource("toObject");

    // Governance semantics
    public static final Property governed = property("governed");

    // Classes
    public static final Resource DesignArtefact = resource("DesignArtefact");
    public static final Resource GovernanceDocument = resource("GovernanceDocument");
    public static final Resource BusinessProcess = resource("BusinessProcess");
    public static final Resource Interface = resource("Interface");
    public static final Resource Publication = resource("Publication");
    public static final Resource DataItem = resource("DataItem");
    public static final Resource Event = resource("Event");
    public static final Resource Requirement = resource("Requirement");
    public static final Resource FunctionalRequirement = resource("FunctionalRequirement");
    public static final Resource NonFunctionalRequirement = resource("NonFunctionalRequirement");
    public static final Resource MarketRole = resource("MarketRole");
    public static final Resource ProgrammeRole = resource("ProgrammeRole");
    public static final Resource Workstream = resource("Workstream");
    public static final Resource GoverningBody = resource("GoverningBody");
    public static final Resource WorkingGroup = resource("WorkingGroup");
    public static final Resource Constituency = resource("Constituency");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Decision = resource("Decision");
    public static final Resource ChangeRequest = resource("ChangeRequest");
    public static final Resource Baseline = resource("Baseline");

    // Concept schemes
    public static final Resource ArtefactTypes = resource("ArtefactTypes");
    public static final Resource Phases = resource("Phases");
    public static final Resource Statuses = resource("Statuses");
    public static final Resource DecisionOutcomes = resource("DecisionOutcomes");
    public static final Resource DecisionLevels = resource("DecisionLevels");

    // Attributes
    public static final Property artefactType = property("artefactType");
    public static final Property phase = property("phase");
    public static final Property approvalLevel = property("approvalLevel");
    public static final Property status = property("status");
    public static final Property governanceLevel = property("governanceLevel");
    public static final Property decisionLevel = property("decisionLevel");
    public static final Property outcome = property("outcome");
    public static final Property publicationDue = property("publicationDue");
    public static final Property eventCode = property("eventCode");
    public static final Property dataFormat = property("dataFormat");
    public static final Property illustrative = property("illustrative");

    // Relations, in inverse pairs
    public static final Property describes = property("describes");
    public static final Property describedBy = property("describedBy");
    public static final Property uses = property("uses");
    public static final Property usedBy = property("usedBy");
    public static final Property carries = property("carries");
    public static final Property carriedBy = property("carriedBy");
    public static final Property sentBy = property("sentBy");
    public static final Property sends = property("sends");
    public static final Property receivedBy = property("receivedBy");
    public static final Property receives = property("receives");
    public static final Property triggeredBy = property("triggeredBy");
    public static final Property triggers = property("triggers");
    public static final Property raises = property("raises");
    public static final Property raisedBy = property("raisedBy");
    public static final Property publicationOf = property("publicationOf");
    public static final Property publishedAs = property("publishedAs");
    public static final Property dependsOn = property("dependsOn");
    public static final Property dependencyOf = property("dependencyOf");
    public static final Property affects = property("affects");
    public static final Property approves = property("approves");
    public static final Property approvedBy = property("approvedBy");
    public static final Property rejects = property("rejects");
    public static final Property rejectedBy = property("rejectedBy");
    public static final Property refers = property("refers");
    public static final Property referredBy = property("referredBy");
    public static final Property madeBy = property("madeBy");
    public static final Property decided = property("decided");
    public static final Property madeAt = property("madeAt");
    public static final Property records = property("records");
    public static final Property meetingOf = property("meetingOf");
    public static final Property holds = property("holds");
    public static final Property ownedBy = property("ownedBy");
    public static final Property ownerOf = property("ownerOf");
    public static final Property producedBy = property("producedBy");
    public static final Property produces = property("produces");
    public static final Property oversees = property("oversees");
    public static final Property represents = property("represents");
    public static final Property representedBy = property("representedBy");
    public static final Property appointedBy = property("appointedBy");
    public static final Property appoints = property("appoints");

    // Change history (PROV-O activities in the history graph)
    public static final Resource RDFPatch = resource("RDFPatch");
    public static final Property route = property("route");
    public static final Property changeRequestId = property("changeRequestId");
    public static final Property patch = property("patch");

    // Baselines
    public static final Property frozenAtChange = property("frozenAtChange");

    // Governance workflow: recommendations, agendas, conditions, delegations and concerns
    public static final Resource Recommendation = resource("Recommendation");
    public static final Resource Condition = resource("Condition");
    public static final Resource Delegation = resource("Delegation");
    public static final Resource Concern = resource("Concern");
    public static final Property atChange = property("atChange");
    public static final Property proposal = property("proposal");
    public static final Property rationale = property("rationale");
    public static final Property metOn = property("metOn");
    public static final Property resolution = property("resolution");
    public static final Property settledOn = property("settledOn");
    public static final Property recommends = property("recommends");
    public static final Property recommendedIn = property("recommendedIn");
    public static final Property submittedTo = property("submittedTo");
    public static final Property reviews = property("reviews");
    public static final Property submittedBy = property("submittedBy");
    public static final Property submits = property("submits");
    public static final Property scheduledFor = property("scheduledFor");
    public static final Property schedules = property("schedules");
    public static final Property attendedBy = property("attendedBy");
    public static final Property attended = property("attended");
    public static final Property decides = property("decides");
    public static final Property decidedBy = property("decidedBy");
    public static final Property escalates = property("escalates");
    public static final Property escalatedBy = property("escalatedBy");
    public static final Property hasCondition = property("hasCondition");
    public static final Property conditionOf = property("conditionOf");
    public static final Property delegates = property("delegates");
    public static final Property delegatedIn = property("delegatedIn");
    public static final Property delegatedBy = property("delegatedBy");
    public static final Property delegator = property("delegator");
    public static final Property delegatedTo = property("delegatedTo");
    public static final Property delegateOf = property("delegateOf");
    public static final Property challenges = property("challenges");
    public static final Property challengedBy = property("challengedBy");
    public static final Property voicedBy = property("voicedBy");
    public static final Property voices = property("voices");
    public static final Property resolvedBy = property("resolvedBy");
    public static final Property resolves = property("resolves");
    public static final Property escalatedTo = property("escalatedTo");
    public static final Property considers = property("considers");
    public static final Property onBehalfOf = property("onBehalfOf");
    public static final Property principalOf = property("principalOf");

    // Suspect links (in their own named graph)
    public static final Resource SuspectLink = resource("SuspectLink");
    public static final Property suspectSince = property("suspectSince");

    // Change requests and their impact assessment packs
    public static final Property assessedAtChange = property("assessedAtChange");
    public static final Property frozenImpact = property("frozenImpact");
    public static final Property triage = property("triage");
    public static final Property responseDue = property("responseDue");
    public static final Property sponsoredBy = property("sponsoredBy");
    public static final Property sponsors = property("sponsors");

    private DR() {}

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
