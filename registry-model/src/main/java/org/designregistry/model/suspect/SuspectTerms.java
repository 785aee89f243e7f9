package org.designregistry.model.suspect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.ontology.DR;

/** The names of the suspect-link graph, its records and the terms they use. */
final class SuspectTerms {

    static final String GRAPH_IRI = "urn:x-design-registry:suspect-links";
    static final Node GRAPH = NodeFactory.createURI(GRAPH_IRI);
    static final String PROV = "http://www.w3.org/ns/prov#";

    static final Node TYPE = RDF.type.asNode();
    static final Node SUSPECT_LINK = DR.SuspectLink.asNode();
    static final Node SUBJECT = RDF.subject.asNode();
    static final Node PREDICATE = RDF.predicate.asNode();
    static final Node OBJECT = RDF.object.asNode();
    static final Node SINCE = DR.suspectSince.asNode();
    static final Node CHANGED = NodeFactory.createURI(PROV + "wasInfluencedBy");
    static final Node GENERATED_BY = NodeFactory.createURI(PROV + "wasGeneratedBy");

    static final Node APPROVES = DR.approves.asNode();
    static final Node APPROVED_BY = DR.approvedBy.asNode();
    static final Node FROZEN_AT = DR.frozenAtChange.asNode();
    static final Node HISTORY_GRAPH = NodeFactory.createURI("urn:x-design-registry:changes");
    static final Node USED = NodeFactory.createURI(PROV + "used");

    /** The prefix of a suspect link's IRI; the rest is its {@link #id}. */
    static final String LINK_PREFIX = "urn:x-design-registry:suspect-link:";

    private SuspectTerms() {}

    /**
     * Returns the id of the suspect-link record of a link: the first 16 bytes of the SHA-256 of its
     * three IRIs, in hex, so that marking the same link again finds the same record with one
     * lookup.
     */
    static String id(Triple link) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Node n : new Node[] {link.getSubject(), link.getPredicate(), link.getObject()}) {
                digest.update(n.getURI().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            byte[] hash = digest.digest();
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Returns the IRI of the record of a link. */
    static Node record(Triple link) {
        return NodeFactory.createURI(LINK_PREFIX + id(link));
    }

    /** Returns the IRI of the record with this id. */
    static Node record(String id) {
        return NodeFactory.createURI(LINK_PREFIX + id);
    }
}
