package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.RegistryOntology;

/**
 * Reads the governance workflow's resources from the registry graph joined with the terms: each
 * relation is read whichever way the data states it.
 */
final class GovernanceReader {

    private static final Graph TERMS = new GraphReadOnly(RegistryOntology.terms().getGraph());
    private static final Comparator<Recommendation> OLDEST_FIRST =
            Comparator.comparing((Recommendation r) -> r.submitted().orElse(LocalDate.MIN))
                    .thenComparing(Recommendation::ref);

    private final Graph data;
    private final ResourceReader reader;

    GovernanceReader(Graph data) {
        this.data = data;
        this.reader = new ResourceReader(new GraphReadOnly(new Union(data, TERMS)), data);
    }

    ResourceReader resources() {
        return reader;
    }

    /**
     * Returns the node of an IRI that the data types as {@code type} (or a subclass).
     *
     * @throws ResourceNotFoundException naming the kind when it does not
     */
    Node require(String iri, Resource type, String kind) {
        Node node = NodeFactory.createURI(iri);
        if (!reader.isA(node, type.getURI())) {
            throw new ResourceNotFoundException("No " + kind + " <" + iri + ">");
        }
        return node;
    }

    /**
     * Returns the objects of a relation stated either way: {@code node forward x}, {@code x inverse
     * node}.
     */
    List<Node> linked(Node node, Property forward, Property inverse) {
        Set<Node> found = new LinkedHashSet<>();
        data.stream(node, forward.asNode(), Node.ANY)
                .map(Triple::getObject)
                .filter(Node::isURI)
                .forEach(found::add);
        data.stream(Node.ANY, inverse.asNode(), node)
                .map(Triple::getSubject)
                .filter(Node::isURI)
                .forEach(found::add);
        return found.stream().sorted(Comparator.comparing(Node::getURI)).toList();
    }

    Optional<Node> first(Node node, Property forward, Property inverse) {
        return linked(node, forward, inverse).stream().findFirst();
    }

    /** Returns a body's level number (1 Ofgem to 4 working group), or 0 when it has none. */
    int level(Node body) {
        return reader.object(body, DR.governanceLevel)
                .map(level -> reader.notation(level.getURI()))
                .orElse(0);
    }

    /** Returns the bodies a body reports to or is part of. */
    List<Node> parents(Node body) {
        List<Node> parents = new ArrayList<>(linked(body, ORG.reportsTo, DR.oversees));
        parents.addAll(linked(body, ORG.subOrganizationOf, ORG.hasSubOrganization));
        return parents;
    }

    /**
     * Returns the nearest body above {@code body}, breadth first through the bodies it reports to
     * or is part of, whose level is {@code level} or higher (a smaller number); safe on cycles.
     */
    Optional<Node> bodyAtLevel(Node body, int level) {
        Set<Node> seen = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(parents(body));
        while (!todo.isEmpty()) {
            Node next = todo.remove(0);
            if (!seen.add(next)) {
                continue;
            }
            int found = level(next);
            if (found > 0 && found <= level) {
                return Optional.of(next);
            }
            todo.addAll(parents(next));
        }
        return Optional.empty();
    }

    /** Returns the meeting of a body on the earliest day on or after {@code from}, if any. */
    Optional<Node> nextMeeting(Node body, LocalDate from) {
        return linked(body, DR.holds, DR.meetingOf).stream()
                .filter(
                        m ->
                                reader.date(m, DCTerms.date)
                                        .filter(d -> !d.isBefore(from))
                                        .isPresent())
                .min(
                        Comparator.comparing((Node m) -> reader.date(m, DCTerms.date).orElseThrow())
                                .thenComparing(Node::getURI));
    }

    Recommendation recommendation(Node rec) {
        Optional<Node> meeting = first(rec, DR.scheduledFor, DR.schedules);
        Optional<Node> decision = first(rec, DR.decidedBy, DR.decides);
        List<ResourceRef> delegatedTo = new ArrayList<>();
        for (Node delegation : linked(rec, DR.delegatedIn, DR.delegates)) {
            first(delegation, DR.delegatedTo, DR.delegateOf)
                    .map(reader::ref)
                    .ifPresent(delegatedTo::add);
        }
        return new Recommendation(
                reader.ref(rec),
                first(rec, DR.submittedTo, DR.reviews).map(reader::ref).orElse(ResourceRef.NONE),
                first(rec, DR.submittedBy, DR.submits).map(reader::ref),
                linked(rec, DR.recommends, DR.recommendedIn).stream()
                        .map(s -> new Recommendation.Subject(reader.ref(s), status(s)))
                        .toList(),
                reader.text(rec, DCTerms.abstract_),
                reader.text(rec, DR.proposal),
                reader.date(rec, DCTerms.dateSubmitted),
                number(rec, DR.atChange),
                meeting.map(reader::ref),
                meeting.flatMap(m -> reader.date(m, DCTerms.date)),
                decision.map(reader::ref),
                decision.flatMap(d -> reader.concept(d, DR.outcome)),
                first(rec, DR.escalatedBy, DR.escalates).map(reader::ref),
                delegatedTo,
                reader.illustrative(rec));
    }

    /** Returns the recommendations submitted or delegated to a body, oldest first. */
    List<Recommendation> recommendationsFor(Node body) {
        Set<Node> recs = new LinkedHashSet<>(linked(body, DR.reviews, DR.submittedTo));
        for (Node delegation : linked(body, DR.delegateOf, DR.delegatedTo)) {
            recs.addAll(linked(delegation, DR.delegates, DR.delegatedIn));
        }
        return recs.stream().map(this::recommendation).sorted(OLDEST_FIRST).toList();
    }

    /** Returns every recommendation, oldest first. */
    List<Recommendation> recommendations() {
        return reader.instances(DR.Recommendation.getURI()).stream()
                .map(this::recommendation)
                .sorted(OLDEST_FIRST)
                .toList();
    }

    Meeting meeting(Node meeting) {
        List<Meeting.Attendee> attendees =
                linked(meeting, DR.attendedBy, DR.attended).stream()
                        .map(
                                post ->
                                        new Meeting.Attendee(
                                                reader.ref(post),
                                                first(post, DR.represents, DR.representedBy)
                                                        .map(reader::ref),
                                                first(post, ORG.heldBy, ORG.holds)
                                                        .map(reader::ref)))
                        .toList();
        return new Meeting(
                reader.ref(meeting),
                first(meeting, DR.meetingOf, DR.holds).map(reader::ref).orElse(ResourceRef.NONE),
                reader.date(meeting, DCTerms.date).orElse(LocalDate.MIN),
                attendees,
                linked(meeting, DR.schedules, DR.scheduledFor).stream()
                        .map(this::recommendation)
                        .sorted(OLDEST_FIRST)
                        .toList(),
                linked(meeting, DR.records, DR.madeAt).stream().map(reader::ref).sorted().toList(),
                reader.illustrative(meeting));
    }

    /** Returns the meetings of a body, earliest first. */
    List<Meeting> meetingsOf(Node body) {
        return linked(body, DR.holds, DR.meetingOf).stream()
                .map(this::meeting)
                .sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::ref))
                .toList();
    }

    Agenda agenda(Node body, LocalDate day) {
        return new Agenda(
                reader.ref(body),
                nextMeeting(body, day).map(this::meeting),
                recommendationsFor(body).stream().filter(Recommendation::open).toList());
    }

    Condition condition(Node condition) {
        return new Condition(
                reader.ref(condition),
                first(condition, DR.conditionOf, DR.hasCondition)
                        .map(reader::ref)
                        .orElse(ResourceRef.NONE),
                reader.text(condition, DCTerms.description),
                reader.date(condition, DR.metOn));
    }

    List<Condition> conditionsOf(Node decision) {
        return linked(decision, DR.hasCondition, DR.conditionOf).stream()
                .map(this::condition)
                .toList();
    }

    Concern concern(Node concern) {
        return new Concern(
                reader.ref(concern),
                first(concern, DR.challenges, DR.challengedBy)
                        .map(reader::ref)
                        .orElse(ResourceRef.NONE),
                first(concern, DR.voicedBy, DR.voices).map(reader::ref).orElse(ResourceRef.NONE),
                reader.text(concern, DCTerms.description),
                reader.date(concern, DCTerms.dateSubmitted),
                first(concern, DR.resolvedBy, DR.resolves).map(reader::ref),
                first(concern, DR.escalatedTo, DR.considers).map(reader::ref),
                reader.text(concern, DR.resolution),
                reader.date(concern, DR.settledOn));
    }

    List<Concern> concerns() {
        return reader.instances(DR.Concern.getURI()).stream()
                .map(this::concern)
                .sorted(Comparator.comparing(Concern::ref))
                .toList();
    }

    Concept status(Node subject) {
        return reader.concept(subject, DR.status).orElse(Concept.NONE);
    }

    String label(Node node) {
        return reader.label(node);
    }

    String identifier(Node node) {
        String id = reader.identifier(node);
        return id.isEmpty() ? node.getLocalName() : id;
    }

    long number(Node node, Property property) {
        String text = reader.text(node, property).strip();
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Returns the node's {@code rdfs:comment}, or empty text. */
    String comment(Node node) {
        return reader.text(node, RDFS.comment);
    }
}
