package org.designregistry.server;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.Registry;

/**
 * People of the tests' own in the shared MHHS sample: a {@code foaf:Person} whose identifier is a
 * test user's name, a member of the bodies or workstreams named; removed again after the test.
 */
public final class TestPeople {

    private TestPeople() {}

    /** Returns the IRI of the test user's person. */
    public static String person(String user) {
        return ServerTestSupport.BASE + "person/" + user;
    }

    /**
     * Records the user as a person who is a member of the groups, given as paths under the base IRI
     * such as {@code body/TDWG}.
     */
    public static void addMember(Registry registry, String user, String... groups) {
        registry.update(
                model -> {
                    Resource person =
                            model.createResource(person(user))
                                    .addProperty(RDF.type, FOAF.Person)
                                    .addProperty(DCTerms.identifier, user)
                                    .addProperty(RDFS.label, "Test user " + user);
                    for (String group : groups) {
                        person.addProperty(
                                ORG.memberOf, model.createResource(ServerTestSupport.BASE + group));
                    }
                });
    }

    /** Removes the user's person and its memberships. */
    public static void remove(Registry registry, String user) {
        registry.update(
                model -> {
                    Resource person = model.createResource(person(user));
                    model.removeAll(person, null, (RDFNode) null);
                    model.removeAll(null, null, person);
                });
    }
}
