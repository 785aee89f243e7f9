package org.designregistry.model.changerequest;

import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.Vocabularies;

/** The terms a change request is described with, and the grammar of its identifier. */
final class ChangeRequestTerms {

    static final Node TYPE = RDF.type.asNode();
    static final Node CHANGE_REQUEST = DR.ChangeRequest.asNode();
    static final Node CONSTITUENCY = DR.Constituency.asNode();
    static final Node IDENTIFIER = DCTerms.identifier.asNode();
    static final Node LABEL = RDFS.label.asNode();
    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node DESCRIPTION = DCTerms.description.asNode();
    static final Node CREATOR = DCTerms.creator.asNode();
    static final Node CREATED = DCTerms.created.asNode();
    static final Node STATUS = DR.status.asNode();
    static final Node AFFECTS = DR.affects.asNode();
    static final Node SPONSORED_BY = DR.sponsoredBy.asNode();
    static final Node RESPONSE_DUE = DR.responseDue.asNode();
    static final Node ASSESSED_AT = DR.assessedAtChange.asNode();
    static final Node FROZEN_IMPACT = DR.frozenImpact.asNode();
    static final Node TRIAGE = DR.triage.asNode();
    static final Node IN_REVIEW = Vocabularies.Status.InReview.asNode();

    /** The identifier grammar the change request shape requires. */
    static final Pattern IDENTIFIER_PATTERN = Pattern.compile("CR[0-9]{3}");

    private ChangeRequestTerms() {}
}
