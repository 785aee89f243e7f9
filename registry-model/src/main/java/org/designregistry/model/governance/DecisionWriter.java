package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.Vocabularies;

/**
 * Records a body's decision on a recommendation with its effects, in one checked write: the
 * decision (outcome, body, level, meeting, date, rationale, the change its subjects were submitted
 * at), its conditions, the subjects' new status, and for a referral to the PSG a new recommendation
 * on the PSG's agenda. Only writers who may record decisions get it stored: the write path's
 * decision guard refuses everyone else.
 */
final class DecisionWriter {

    private static final List<Node> LEVELS =
            List.of(
                    Vocabularies.Level.Level1.asNode(),
                    Vocabularies.Level.Level2.asNode(),
                    Vocabularies.Level.Level3.asNode(),
                    Vocabularies.Level.Level4.asNode());

    private final WorkflowStore store;

    DecisionWriter(WorkflowStore store) {
        this.store = store;
    }

    /**
     * Returns the new decision's IRI.
     *
     * @throws SubjectsChangedException if subjects changed after the recommendation and the draft
     *     does not acknowledge it, or one changes while the decision is recorded
     */
    String record(DecisionDraft draft, WriteRights rights) {
        DecisionSubjects subjects = store.read(read -> subjects(read, draft));
        Map<Node, List<Long>> changed =
                SubjectChanges.after(store.history(), subjects.nodes(), subjects.atChange());
        String message = "Record the decision (" + draft.outcome().code() + ") on a recommendation";
        long decidedAt = subjects.atChange();
        if (!changed.isEmpty()) {
            if (!draft.acknowledgeChanges()) {
                throw subjects.changed(changed);
            }
            decidedAt = subjects.latest();
            message += ", acknowledging changes to " + subjects.names(changed.keySet());
        }
        long at = decidedAt;
        AtomicReference<String> created = new AtomicReference<>();
        store.write(
                rights,
                message,
                subjects.changeRequest(),
                (graph, read) -> {
                    List<Node> moved = SubjectChanges.changedSince(graph, subjects.statements());
                    if (!moved.isEmpty()) {
                        throw new SubjectsChangedException(
                                subjects.names(moved)
                                        + " changed while the decision was being recorded: look"
                                        + " at the change, then record the decision again",
                                moved.stream().map(read::identifier).toList());
                    }
                    created.set(record(graph, read, draft, at).getURI());
                });
        return created.get();
    }

    /** Reads the recommendation's subjects, the change it was submitted at, and the latest. */
    private DecisionSubjects subjects(GovernanceReader read, DecisionDraft draft) {
        Node rec = read.require(draft.recommendation(), DR.Recommendation, "recommendation");
        refuseIfDecided(read, rec);
        List<Node> nodes = read.linked(rec, DR.recommends, DR.recommendedIn);
        Map<Node, String> names = new LinkedHashMap<>();
        nodes.forEach(n -> names.put(n, read.identifier(n)));
        return new DecisionSubjects(
                read.identifier(rec),
                nodes,
                names,
                read.number(rec, DR.atChange),
                store.latestChange(),
                SubjectChanges.snapshot(read.resources().data(), nodes),
                WorkflowStore.changeRequestAmong(read, nodes));
    }

    private static void refuseIfDecided(GovernanceReader read, Node rec) {
        Optional<Node> decided = read.first(rec, DR.decidedBy, DR.decides);
        if (decided.isPresent()) {
            throw new WorkflowStateException(
                    read.identifier(rec)
                            + " was decided already, by "
                            + read.identifier(decided.get()));
        }
    }

    private Node record(Graph graph, GovernanceReader read, DecisionDraft draft, long atChange) {
        Node rec = read.require(draft.recommendation(), DR.Recommendation, "recommendation");
        refuseIfDecided(read, rec);
        Node body =
                draft.body()
                        .map(b -> read.require(b, DR.GoverningBody, "governing body"))
                        .or(() -> read.first(rec, DR.submittedTo, DR.reviews))
                        .orElseThrow();
        int level = draft.level().orElse(read.level(body));
        if (level < 1) {
            throw new RegistryException(
                    "The "
                            + read.label(body)
                            + " has no governance level: give the decision's level");
        }
        Optional<Node> principal = DecisionAuthority.check(read, rec, body, level);
        Optional<Node> meeting = meeting(read, rec, body, draft);
        LocalDate date =
                draft.date()
                        .or(() -> meeting.flatMap(m -> read.resources().date(m, DCTerms.date)))
                        .orElse(store.today());
        String identifier = decisionIdentifier(graph, read.identifier(body) + "-" + date + "-");
        Node decision = store.iri(Ref.Kind.DECISION, identifier);
        Outcome outcome = draft.outcome();
        WorkflowStore.describe(
                graph, decision, DR.Decision, identifier, outcome.label() + ": " + read.label(rec));
        WorkflowStore.add(graph, decision, DR.decides, rec);
        WorkflowStore.add(graph, decision, DR.outcome, outcome.concept().asNode());
        WorkflowStore.add(graph, decision, DR.madeBy, body);
        principal.ifPresent(p -> WorkflowStore.add(graph, decision, DR.onBehalfOf, p));
        meeting.ifPresent(m -> WorkflowStore.add(graph, decision, DR.madeAt, m));
        WorkflowStore.add(graph, decision, DR.decisionLevel, LEVELS.get(level - 1));
        WorkflowStore.add(graph, decision, DCTerms.date, WorkflowStore.date(date));
        if (atChange > 0) {
            WorkflowStore.add(graph, decision, DR.atChange, WorkflowStore.number(atChange));
        }
        if (!draft.rationale().isEmpty()) {
            WorkflowStore.add(graph, decision, DR.rationale, WorkflowStore.text(draft.rationale()));
        }
        for (Node subject : read.linked(rec, DR.recommends, DR.recommendedIn)) {
            WorkflowStore.add(graph, decision, outcome.link(), subject);
            if (read.status(subject).isPresent()) {
                WorkflowStore.replace(graph, subject, DR.status, outcome.status().asNode());
            }
        }
        int n = 0;
        for (String text : draft.conditions()) {
            n++;
            Node condition = store.iri(Ref.Kind.CONDITION, identifier + "-C" + n);
            WorkflowStore.describe(
                    graph,
                    condition,
                    DR.Condition,
                    identifier + "-C" + n,
                    "Condition " + n + " of " + identifier);
            WorkflowStore.add(graph, condition, DCTerms.description, WorkflowStore.text(text));
            WorkflowStore.add(graph, decision, DR.hasCondition, condition);
        }
        if (outcome == Outcome.REFER_TO_PSG) {
            escalate(graph, read, rec, body, decision, atChange);
        }
        return decision;
    }

    /**
     * Puts the recommendation to the PSG (the Level 2 body above the deciding one) as a new one,
     * about the subjects at the change the decision was about.
     */
    private void escalate(
            Graph graph, GovernanceReader read, Node rec, Node body, Node decision, long atChange) {
        Node psg =
                read.bodyAtLevel(body, 2)
                        .orElseThrow(
                                () ->
                                        new RegistryException(
                                                "The "
                                                        + read.label(body)
                                                        + " reports to no Level 2 body (the PSG)"
                                                        + " to refer the recommendation to"));
        String identifier = store.nextIdentifier(graph, Ref.Kind.RECOMMENDATION, "REC-");
        Node escalated = store.iri(Ref.Kind.RECOMMENDATION, identifier);
        WorkflowStore.describe(
                graph,
                escalated,
                DR.Recommendation,
                identifier,
                "Referred to the " + read.identifier(psg) + ": " + read.label(rec));
        WorkflowStore.add(graph, escalated, DR.submittedTo, psg);
        WorkflowStore.add(graph, escalated, DR.submittedBy, body);
        for (Node subject : read.linked(rec, DR.recommends, DR.recommendedIn)) {
            WorkflowStore.add(graph, escalated, DR.recommends, subject);
        }
        WorkflowStore.add(
                graph,
                escalated,
                DCTerms.abstract_,
                WorkflowStore.text(read.resources().text(rec, DCTerms.abstract_)));
        WorkflowStore.add(
                graph,
                escalated,
                DR.proposal,
                WorkflowStore.text(read.resources().text(rec, DR.proposal)));
        WorkflowStore.add(
                graph, escalated, DCTerms.dateSubmitted, WorkflowStore.date(store.today()));
        if (atChange > 0) {
            WorkflowStore.add(graph, escalated, DR.atChange, WorkflowStore.number(atChange));
        }
        WorkflowStore.add(graph, decision, DR.escalates, escalated);
        read.nextMeeting(psg, store.today())
                .ifPresent(m -> WorkflowStore.add(graph, escalated, DR.scheduledFor, m));
    }

    private static Optional<Node> meeting(
            GovernanceReader read, Node rec, Node body, DecisionDraft draft) {
        if (draft.meeting().isPresent()) {
            Node meeting = read.require(draft.meeting().get(), DR.Meeting, "meeting");
            if (read.first(meeting, DR.meetingOf, DR.holds).filter(body::equals).isEmpty()) {
                throw new RegistryException(
                        read.identifier(meeting)
                                + " is not a meeting of the "
                                + read.label(body)
                                + " (meeting)");
            }
            return Optional.of(meeting);
        }
        return read.first(rec, DR.scheduledFor, DR.schedules)
                .filter(
                        m ->
                                read.first(m, DR.meetingOf, DR.holds)
                                        .filter(body::equals)
                                        .isPresent());
    }

    private String decisionIdentifier(Graph graph, String prefix) {
        for (int n = 1; ; n++) {
            String identifier = prefix + (n < 10 ? "0" : "") + n;
            if (!graph.contains(store.iri(Ref.Kind.DECISION, identifier), Node.ANY, Node.ANY)) {
                return identifier;
            }
        }
    }
}
