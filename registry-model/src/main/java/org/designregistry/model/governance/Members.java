package org.designregistry.model.governance;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.designregistry.ontology.DR;

/**
 * Who belongs where: the people ({@code foaf:Person}, identified by the user name they sign in
 * with) and the working groups, governing bodies and workstreams they are members of ({@code
 * org:memberOf}, or {@code org:hasMember} from the group). The registry reads these links, rather
 * than a list in the server's configuration, so that whoever edits the organisation edits who
 * answers for it, with the change recorded like any other.
 */
final class Members {

    private Members() {}

    /**
     * Returns the IRIs of the groups the person with user name {@code userName} is a member of,
     * sorted; empty when no person has that user name.
     */
    static Set<String> groupsOf(GovernanceReader read, String userName) {
        return groupsOf(read, userName, DR.GoverningBody, DR.Workstream);
    }

    /** Returns the IRIs of the person's groups that are of one of {@code kinds}, sorted. */
    static Set<String> groupsOf(GovernanceReader read, String userName, Resource... kinds) {
        Set<String> groups = new LinkedHashSet<>();
        read.resources().data().stream(
                        Node.ANY,
                        DCTerms.identifier.asNode(),
                        NodeFactory.createLiteralString(userName))
                .map(Triple::getSubject)
                .filter(person -> read.resources().isA(person, FOAF.Person.getURI()))
                .flatMap(person -> read.linked(person, ORG.memberOf, ORG.hasMember).stream())
                .filter(
                        group ->
                                Arrays.stream(kinds)
                                        .anyMatch(k -> read.resources().isA(group, k.getURI())))
                .map(Node::getURI)
                .sorted()
                .forEach(groups::add);
        return groups;
    }
}
