package org.designregistry.model.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.Vocabularies;

/**
 * Submits a working group's recommendation to a body: its subjects go to In Review, and it goes on
 * the agenda of the body's next meeting, or waits for the next meeting recorded.
 */
final class RecommendationWriter {

    private final WorkflowStore store;

    RecommendationWriter(WorkflowStore store) {
        this.store = store;
    }

    /** Returns the new recommendation's IRI. */
    String submit(RecommendationDraft draft, WriteRights rights) {
        long atChange = store.latestChange();
        Optional<String> changeRequest =
                store.read(
                        read ->
                                WorkflowStore.changeRequestAmong(
                                        read,
                                        draft.subjects().stream()
                                                .map(NodeFactory::createURI)
                                                .toList()));
        AtomicReference<String> created = new AtomicReference<>();
        store.write(
                rights,
                "Recommend " + draft.subjects().size() + " subject(s) for decision",
                changeRequest,
                (graph, read) -> {
                    Node body = read.require(draft.body(), DR.GoverningBody, "governing body");
                    List<Node> subjects = new ArrayList<>();
                    for (String iri : draft.subjects()) {
                        subjects.add(subject(read, iri));
                    }
                    String identifier =
                            store.nextIdentifier(graph, Ref.Kind.RECOMMENDATION, "REC-");
                    Node rec = store.iri(Ref.Kind.RECOMMENDATION, identifier);
                    String names =
                            String.join(", ", subjects.stream().map(read::identifier).toList());
                    WorkflowStore.describe(
                            graph,
                            rec,
                            DR.Recommendation,
                            identifier,
                            draft.title()
                                    .orElse(
                                            "Recommend "
                                                    + names
                                                    + " to the "
                                                    + read.identifier(body)));
                    WorkflowStore.add(graph, rec, DR.submittedTo, body);
                    for (Node subject : subjects) {
                        WorkflowStore.add(graph, rec, DR.recommends, subject);
                        if (read.status(subject).isPresent()
                                || read.resources().isA(subject, DR.DesignArtefact.getURI())) {
                            WorkflowStore.replace(
                                    graph,
                                    subject,
                                    DR.status,
                                    Vocabularies.Status.InReview.asNode());
                        }
                    }
                    subjects.stream()
                            .flatMap(s -> read.first(s, DR.producedBy, DR.produces).stream())
                            .findFirst()
                            .ifPresent(
                                    group -> WorkflowStore.add(graph, rec, DR.submittedBy, group));
                    WorkflowStore.add(
                            graph, rec, DCTerms.abstract_, WorkflowStore.text(draft.summary()));
                    WorkflowStore.add(
                            graph, rec, DR.proposal, WorkflowStore.text(draft.proposal()));
                    WorkflowStore.add(
                            graph, rec, DCTerms.dateSubmitted, WorkflowStore.date(store.today()));
                    WorkflowStore.add(graph, rec, DR.atChange, WorkflowStore.number(atChange));
                    read.nextMeeting(body, store.today())
                            .ifPresent(
                                    meeting ->
                                            WorkflowStore.add(
                                                    graph, rec, DR.scheduledFor, meeting));
                    created.set(rec.getURI());
                });
        return created.get();
    }

    private static Node subject(GovernanceReader read, String iri) {
        Node subject = NodeFactory.createURI(iri);
        var resources = read.resources();
        if (!resources.isA(subject, DR.DesignArtefact.getURI())
                && !resources.isA(subject, DR.ChangeRequest.getURI())
                && !resources.isA(subject, DR.GovernanceDocument.getURI())) {
            throw new RegistryException(
                    "<"
                            + iri
                            + "> cannot be recommended (subjects): only design artefacts, change"
                            + " requests and governance documents can");
        }
        for (Node other : read.linked(subject, DR.recommendedIn, DR.recommends)) {
            if (read.first(other, DR.decidedBy, DR.decides).isEmpty()) {
                throw new WorkflowStateException(
                        read.identifier(subject)
                                + " is already recommended in "
                                + read.identifier(other)
                                + ", which awaits a decision");
            }
        }
        return subject;
    }
}
