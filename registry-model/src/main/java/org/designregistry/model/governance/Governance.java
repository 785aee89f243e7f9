package org.designregistry.model.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.ontology.DR;

/**
 * The governance workflow of a registry: meetings with their agendas, working groups'
 * recommendations, bodies' decisions with their five outcomes and effects, delegations, conditions,
 * concerns, and the decisions log. Every step is one checked write, recorded as a change by whoever
 * the thread's {@link ChangeContext} names; steps that record decision records (decisions,
 * delegations, conditions met, concerns settled) need {@code rights} that allow it, and the write
 * path refuses them otherwise, whichever route they came by.
 *
 * <pre>{@code
 * Governance governance = Governance.of(registry, "https://registry.example/id/", rule, clock);
 * String rec = governance.submit(new RecommendationDraft(dag, List.of(des138), "…", "Approve", Optional.empty()), rights);
 * governance.decide(DecisionDraft.of(rec, Outcome.ACCEPT, "Aligned to the TOM"), approverRights);
 * }</pre>
 */
public final class Governance {

    private final WorkflowStore store;
    private final PublicationRule rule;

    private Governance(WorkflowStore store, PublicationRule rule) {
        this.store = store;
        this.rule = rule;
    }

    /**
     * Returns the workflow of a registry, minting IRIs as {@code <baseIri><kind>/<identifier>},
     * counting publication dates with {@code rule} and taking today from {@code clock}.
     */
    public static Governance of(
            Registry registry, String baseIri, PublicationRule rule, Clock clock) {
        return new Governance(
                new WorkflowStore(
                        Objects.requireNonNull(registry, "registry"),
                        Objects.requireNonNull(baseIri, "baseIri"),
                        Objects.requireNonNull(clock, "clock")),
                Objects.requireNonNull(rule, "rule"));
    }

    /**
     * Records a meeting and puts the body's open, unscheduled recommendations on its agenda;
     * returns its IRI.
     *
     * @throws ResourceNotFoundException if the body or a post does not exist
     * @throws org.designregistry.model.resource.ResourceExistsException if the body has a meeting
     *     recorded on that day
     */
    public String scheduleMeeting(MeetingDraft draft, WriteRights rights) {
        return new MeetingWriter(store).create(Objects.requireNonNull(draft, "draft"), rights);
    }

    /** Returns a meeting with its attendees and agenda, or empty when none has this IRI. */
    public Optional<Meeting> meeting(String iri) {
        return store.read(
                read -> {
                    Node node = NodeFactory.createURI(iri);
                    return read.resources().isA(node, DR.Meeting.getURI())
                            ? Optional.of(read.meeting(node))
                            : Optional.empty();
                });
    }

    /**
     * Returns what a body has before it on {@code day}: its next meeting and its open
     * recommendations.
     *
     * @throws ResourceNotFoundException if there is no such body
     */
    public Agenda agenda(String bodyIri, LocalDate day) {
        return store.read(
                read ->
                        read.agenda(
                                read.require(bodyIri, DR.GoverningBody, "governing body"), day));
    }

    /** Returns a body's meetings, earliest first. */
    public List<Meeting> meetings(String bodyIri) {
        return store.read(
                read -> read.meetingsOf(read.require(bodyIri, DR.GoverningBody, "governing body")));
    }

    /**
     * Submits a recommendation: its subjects go to In Review at the latest change, and it goes on
     * the agenda of the body's next meeting; returns its IRI.
     *
     * @throws ResourceNotFoundException if the body does not exist
     * @throws RegistryException if a subject is not an artefact, change request or document
     * @throws WorkflowStateException if a subject awaits a decision on another recommendation
     */
    public String submit(RecommendationDraft draft, WriteRights rights) {
        return new RecommendationWriter(store)
                .submit(Objects.requireNonNull(draft, "draft"), rights);
    }

    /** Returns a recommendation, or empty when none has this IRI. */
    public Optional<Recommendation> recommendation(String iri) {
        return store.read(
                read -> {
                    Node node = NodeFactory.createURI(iri);
                    return read.resources().isA(node, DR.Recommendation.getURI())
                            ? Optional.of(read.recommendation(node))
                            : Optional.empty();
                });
    }

    /** Returns every recommendation, oldest first. */
    public List<Recommendation> recommendations() {
        return store.read(GovernanceReader::recommendations);
    }

    /**
     * Records a body's decision on a recommendation with its effects (see {@link Outcome}); returns
     * the decision's IRI.
     *
     * @throws DecisionAuthorityException if the body may not take the decision at that level,
     *     naming the body that must
     * @throws WorkflowStateException if the recommendation was decided already
     * @throws SubjectsChangedException if the change history shows that subjects changed after the
     *     recommendation was submitted (any statement about them but their status) and the draft
     *     does not {@linkplain DecisionDraft#acknowledgingChanges() acknowledge} it; acknowledged,
     *     the decision is about them as they are now, at the latest change
     * @throws DecisionWriteRefusedException if {@code rights} do not allow recording decisions
     */
    public String decide(DecisionDraft draft, WriteRights rights) {
        return new DecisionWriter(store).record(Objects.requireNonNull(draft, "draft"), rights);
    }

    /**
     * Records that the body a recommendation was submitted to delegates its decision to another
     * body, from {@code day}; returns the delegation's IRI.
     *
     * @throws DecisionWriteRefusedException if {@code rights} do not allow recording decisions
     */
    public String delegate(
            String recommendationIri, String toBodyIri, LocalDate day, WriteRights rights) {
        return new DelegationWriter(store)
                .delegate(
                        Objects.requireNonNull(recommendationIri, "recommendation"),
                        Objects.requireNonNull(toBodyIri, "body"),
                        day == null ? store.today() : day,
                        rights);
    }

    /**
     * Marks a condition met on {@code day} (today when null); once all of its decision's conditions
     * are met, the subjects Approved with conditions become Approved.
     *
     * @throws WorkflowStateException if it is met already
     */
    public void markConditionMet(String conditionIri, LocalDate day, WriteRights rights) {
        new ConditionWriter(store)
                .markMet(
                        Objects.requireNonNull(conditionIri, "condition"),
                        day == null ? store.today() : day,
                        rights);
    }

    /**
     * Returns the conditions a decision set, or of every decision when {@code decisionIri} is null.
     */
    public List<Condition> conditions(String decisionIri) {
        return store.read(
                read ->
                        decisionIri == null
                                ? read.resources().instances(DR.Condition.getURI()).stream()
                                        .map(read::condition)
                                        .sorted(java.util.Comparator.comparing(Condition::ref))
                                        .toList()
                                : read.conditionsOf(
                                        read.require(decisionIri, DR.Decision, "decision")));
    }

    /** Records a party's concern with a decision; returns its IRI. */
    public String raiseConcern(ConcernDraft draft) {
        return new ConcernWriter(store).raise(Objects.requireNonNull(draft, "draft"));
    }

    /**
     * Resolves an open concern (by the body that made the decision) or escalates it to the PSG.
     *
     * @throws WorkflowStateException if it is settled already, or there is no PSG to escalate to
     */
    public void settleConcern(String concernIri, Settlement settlement, WriteRights rights) {
        new ConcernWriter(store)
                .settle(
                        Objects.requireNonNull(concernIri, "concern"),
                        Objects.requireNonNull(settlement, "settlement"),
                        rights);
    }

    /** Returns a concern, or empty when none has this IRI. */
    public Optional<Concern> concern(String iri) {
        return store.read(
                read -> {
                    Node node = NodeFactory.createURI(iri);
                    return read.resources().isA(node, DR.Concern.getURI())
                            ? Optional.of(read.concern(node))
                            : Optional.empty();
                });
    }

    /** Returns every concern, by identifier. */
    public List<Concern> concerns() {
        return store.read(GovernanceReader::concerns);
    }

    /** Returns the Assumptions and Decisions Log as the data holds it now. */
    public DecisionsLog log() {
        return store.read(read -> DecisionsLog.read(read, rule));
    }

    /**
     * Returns the IRIs of the working groups, governing bodies and workstreams that the person who
     * signs in as {@code userName} is a member of ({@code org:memberOf}); empty when no {@code
     * foaf:Person} has that user name as its identifier.
     *
     * <pre>{@code
     * <person/edith> a foaf:Person ; dct:identifier "edith" ; org:memberOf <body/TDWG> .
     * governance.groupsOf("edith");   // [".../body/TDWG"]
     * }</pre>
     */
    public Set<String> groupsOf(String userName) {
        Objects.requireNonNull(userName, "userName");
        return store.read(read -> Members.groupsOf(read, userName.strip()));
    }

    /**
     * Returns the IRIs of the governing bodies (working groups included) that the person who signs
     * in as {@code userName} is a member of: the bodies they decide or answer for.
     */
    public Set<String> bodiesOf(String userName) {
        Objects.requireNonNull(userName, "userName");
        return store.read(read -> Members.groupsOf(read, userName.strip(), DR.GoverningBody));
    }

    /** Returns today, as the workflow's clock says. */
    public LocalDate today() {
        return store.today();
    }
}
