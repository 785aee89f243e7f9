package org.designregistry.model.changerequest;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.designregistry.model.catalog.ResourceRef;

/** Writes a change request's description, frozen assessment and triage marks to the graph. */
final class ChangeRequestWriter {

    private ChangeRequestWriter() {}

    /** Describes a new change request. */
    static void describe(
            Graph data,
            Node node,
            String identifier,
            ChangeRequestDraft draft,
            String raiser,
            Instant now,
            LocalDate deadline,
            FrozenImpact impact) {
        data.add(node, ChangeRequestTerms.TYPE, ChangeRequestTerms.CHANGE_REQUEST);
        data.add(node, ChangeRequestTerms.IDENTIFIER, text(identifier));
        data.add(node, ChangeRequestTerms.LABEL, text(draft.title()));
        data.add(node, ChangeRequestTerms.DESCRIPTION, text(draft.reason()));
        data.add(node, ChangeRequestTerms.CREATOR, text(raiser));
        data.add(
                node,
                ChangeRequestTerms.CREATED,
                NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime));
        data.add(node, ChangeRequestTerms.STATUS, ChangeRequestTerms.IN_REVIEW);
        draft.constituency()
                .ifPresent(
                        c ->
                                data.add(
                                        node,
                                        ChangeRequestTerms.SPONSORED_BY,
                                        NodeFactory.createURI(c)));
        for (ResourceRef start : impact.starts()) {
            data.add(node, ChangeRequestTerms.AFFECTS, NodeFactory.createURI(start.iri()));
        }
        data.add(
                node,
                ChangeRequestTerms.RESPONSE_DUE,
                NodeFactory.createLiteralDT(deadline.toString(), XSDDatatype.XSDdate));
        freeze(data, node, impact);
    }

    /** Replaces the frozen assessment of a change request. */
    static void freeze(Graph data, Node node, FrozenImpact impact) {
        data.remove(node, ChangeRequestTerms.FROZEN_IMPACT, Node.ANY);
        data.remove(node, ChangeRequestTerms.ASSESSED_AT, Node.ANY);
        data.add(node, ChangeRequestTerms.FROZEN_IMPACT, text(PackJson.write(impact)));
        data.add(
                node,
                ChangeRequestTerms.ASSESSED_AT,
                NodeFactory.createLiteralDT(Long.toString(impact.change()), XSDDatatype.XSDlong));
    }

    /** Replaces an item's triage mark. */
    static void mark(Graph data, Node node, Triage triage) {
        data.stream(node, ChangeRequestTerms.TRIAGE, Node.ANY)
                .filter(t -> PackJson.readTriage(lexical(t)).item().equals(triage.item()))
                .toList()
                .forEach(data::delete);
        data.add(node, ChangeRequestTerms.TRIAGE, text(PackJson.write(triage)));
    }

    private static String lexical(Triple t) {
        return t.getObject().getLiteralLexicalForm();
    }

    private static Node text(String value) {
        return NodeFactory.createLiteralString(value);
    }
}
