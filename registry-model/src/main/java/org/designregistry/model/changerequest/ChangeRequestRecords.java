package org.designregistry.model.changerequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.ontology.DR;

/** Reads change requests back from the registry graph. */
final class ChangeRequestRecords {

    private final Graph data;
    private final ResourceReader reader;

    /** Reads from {@code data}, labelling from {@code dataAndTerms}. */
    ChangeRequestRecords(Graph dataAndTerms, Graph data) {
        this.data = data;
        this.reader = new ResourceReader(dataAndTerms, data);
    }

    /** Returns every change request, by identifier. */
    List<ChangeRequest> all() {
        return data.stream(Node.ANY, ChangeRequestTerms.TYPE, ChangeRequestTerms.CHANGE_REQUEST)
                .map(Triple::getSubject)
                .filter(Node::isURI)
                .map(this::read)
                .sorted(Comparator.comparing(ChangeRequest::identifier))
                .toList();
    }

    /** Returns the change request with this identifier, if there is one. */
    Optional<ChangeRequest> named(String identifier) {
        return data.stream(Node.ANY, ChangeRequestTerms.IDENTIFIER, literal(identifier))
                .map(Triple::getSubject)
                .filter(
                        s ->
                                data.contains(
                                        s,
                                        ChangeRequestTerms.TYPE,
                                        ChangeRequestTerms.CHANGE_REQUEST))
                .findFirst()
                .map(this::read);
    }

    /** Returns the identifiers of every change request. */
    List<String> identifiers() {
        return data.stream(Node.ANY, ChangeRequestTerms.TYPE, ChangeRequestTerms.CHANGE_REQUEST)
                .flatMap(t -> data.stream(t.getSubject(), ChangeRequestTerms.IDENTIFIER, Node.ANY))
                .map(Triple::getObject)
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .toList();
    }

    /** Returns true when a change request has this identifier in {@code data}. */
    static boolean taken(Graph data, String identifier) {
        return data.stream(Node.ANY, ChangeRequestTerms.IDENTIFIER, literal(identifier))
                .anyMatch(
                        t ->
                                data.contains(
                                        t.getSubject(),
                                        ChangeRequestTerms.TYPE,
                                        ChangeRequestTerms.CHANGE_REQUEST));
    }

    private ChangeRequest read(Node node) {
        Map<String, Triage> triage = new HashMap<>();
        data.stream(node, ChangeRequestTerms.TRIAGE, Node.ANY)
                .map(t -> PackJson.readTriage(t.getObject().getLiteralLexicalForm()))
                .forEach(t -> triage.merge(t.item(), t, (a, b) -> a.at().isAfter(b.at()) ? a : b));
        return new ChangeRequest(
                node.getURI(),
                reader.identifier(node),
                reader.label(node),
                reader.text(node, org.apache.jena.vocabulary.DCTerms.description),
                reader.text(node, org.apache.jena.vocabulary.DCTerms.creator),
                reader.object(node, DR.sponsoredBy).map(reader::ref),
                reader.concept(node, DR.status).orElse(Concept.NONE),
                data.stream(node, ChangeRequestTerms.AFFECTS, Node.ANY)
                        .map(Triple::getObject)
                        .filter(Node::isURI)
                        .map(reader::ref)
                        .sorted()
                        .toList(),
                text(node, ChangeRequestTerms.CREATED).flatMap(ChangeRequestRecords::instant),
                text(node, ChangeRequestTerms.RESPONSE_DUE).flatMap(ChangeRequestRecords::date),
                text(node, ChangeRequestTerms.FROZEN_IMPACT).map(PackJson::readImpact),
                triage);
    }

    private Optional<String> text(Node node, Node property) {
        return data.stream(node, property, Node.ANY)
                .map(Triple::getObject)
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .findFirst();
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Node literal(String text) {
        return org.apache.jena.graph.NodeFactory.createLiteralString(text);
    }
}
