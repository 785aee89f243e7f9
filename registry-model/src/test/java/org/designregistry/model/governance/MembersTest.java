package org.designregistry.model.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.designregistry.model.governance.WorkflowFixture.BASE;
import static org.designregistry.model.governance.WorkflowFixture.DAG;
import static org.designregistry.model.governance.WorkflowFixture.TDWG;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.edit.ValidatedWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** People linked to the groups they belong to, by {@code org:memberOf} either way. */
class MembersTest {

    private static final String WORKSTREAM = BASE + "workstream/design";

    private WorkflowFixture fixture;

    @BeforeEach
    void open() {
        fixture = new WorkflowFixture();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void findsTheGroupsAPersonIsAMemberOfStatedFromEitherEnd() {
        ValidatedWrites.update(
                fixture.registry,
                model -> {
                    Resource edith = person(model, "edith");
                    edith.addProperty(ORG.memberOf, model.createResource(TDWG));
                    model.createResource(WORKSTREAM).addProperty(ORG.hasMember, edith);
                });

        assertThat(fixture.governance.groupsOf("edith")).containsExactly(TDWG, WORKSTREAM);
        assertThat(fixture.governance.groupsOf(" edith ")).containsExactly(TDWG, WORKSTREAM);
        assertThat(fixture.governance.bodiesOf("edith")).containsExactly(TDWG);
    }

    @Test
    void findsNoGroupsForAUserNameNoPersonHas() {
        ValidatedWrites.update(
                fixture.registry,
                model ->
                        person(model, "edith")
                                .addProperty(ORG.memberOf, model.createResource(DAG)));

        assertThat(fixture.governance.groupsOf("mallory")).isEmpty();
        // An identifier alone, on something that is not a person, makes nobody a member.
        assertThat(fixture.governance.groupsOf("A1")).isEmpty();
    }

    @Test
    void refusesAMembershipOfSomethingThatIsNoGroup() {
        assertThatThrownBy(
                        () ->
                                ValidatedWrites.update(
                                        fixture.registry,
                                        model ->
                                                person(model, "edith")
                                                        .addProperty(
                                                                ORG.memberOf,
                                                                model.createResource(
                                                                        WorkflowFixture.artefact(
                                                                                "A1")))))
                .isInstanceOf(ShapeViolationException.class)
                .hasMessageContaining("member of");
        assertThat(fixture.governance.groupsOf("edith")).isEmpty();
    }

    @Test
    void refusesAPersonWithoutAUserName() {
        assertThatThrownBy(
                        () ->
                                ValidatedWrites.update(
                                        fixture.registry,
                                        model ->
                                                model.createResource(BASE + "person/nobody")
                                                        .addProperty(RDF.type, FOAF.Person)
                                                        .addProperty(
                                                                org.apache
                                                                        .jena
                                                                        .vocabulary
                                                                        .RDFS
                                                                        .label,
                                                                "Nobody")))
                .isInstanceOf(ShapeViolationException.class)
                .hasMessageContaining("user name");
    }

    private static Resource person(org.apache.jena.rdf.model.Model model, String userName) {
        return model.createResource(BASE + "person/" + userName)
                .addProperty(RDF.type, FOAF.Person)
                .addProperty(DCTerms.identifier, userName)
                .addProperty(org.apache.jena.vocabulary.RDFS.label, userName);
    }
}
