package org.designregistry.model.governance;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.resource.ResourceExistsException;
import org.designregistry.ontology.DR;

/**
 * Records a meeting of a body, identified {@code <body>-<yyyy-mm-dd>}, and puts on its agenda the
 * body's open recommendations that no meeting holds yet.
 */
final class MeetingWriter {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final WorkflowStore store;

    MeetingWriter(WorkflowStore store) {
        this.store = store;
    }

    /** Returns the new meeting's IRI. */
    String create(MeetingDraft draft, WriteRights rights) {
        AtomicReference<String> created = new AtomicReference<>();
        store.write(
                rights,
                "Schedule a meeting on " + draft.date(),
                (graph, read) -> {
                    Node body = read.require(draft.body(), DR.GoverningBody, "governing body");
                    String identifier = read.identifier(body) + "-" + draft.date();
                    Node meeting = store.iri(Ref.Kind.MEETING, identifier);
                    if (graph.contains(meeting, Node.ANY, Node.ANY)) {
                        throw new ResourceExistsException(
                                "The meeting " + identifier + " is recorded already");
                    }
                    String label =
                            draft.label()
                                    .orElse(
                                            read.identifier(body)
                                                    + " meeting, "
                                                    + DAY.format(draft.date()));
                    WorkflowStore.describe(graph, meeting, DR.Meeting, identifier, label);
                    WorkflowStore.add(
                            graph, meeting, DCTerms.date, WorkflowStore.date(draft.date()));
                    WorkflowStore.add(graph, meeting, DR.meetingOf, body);
                    for (String post : draft.attendees()) {
                        Node seat = read.require(post, ORG.Post, "post (seat on a body)");
                        WorkflowStore.add(graph, meeting, DR.attendedBy, seat);
                    }
                    for (Recommendation open : read.recommendationsFor(body)) {
                        if (open.open()
                                && open.meeting().isEmpty()
                                && open.submitted()
                                        .filter(d -> d.isAfter(draft.date()))
                                        .isEmpty()) {
                            WorkflowStore.add(
                                    graph,
                                    NodeFactory.createURI(open.ref().iri()),
                                    DR.scheduledFor,
                                    meeting);
                        }
                    }
                    created.set(meeting.getURI());
                });
        return created.get();
    }
}
