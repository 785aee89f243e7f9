package org.designregistry.model.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.designregistry.model.governance.WorkflowFixture.APPROVER;
import static org.designregistry.model.governance.WorkflowFixture.artefact;
import static org.designregistry.model.governance.WorkflowFixture.as;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.Vocabularies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A decision checks the change history for changes to its recommendation's subjects after the
 * recommendation was submitted, and refuses to decide on them unless the changes are acknowledged.
 */
class DecisionOnChangedSubjectsTest {

    private WorkflowFixture fixture;
    private Governance governance;

    @BeforeEach
    void open() {
        fixture = new WorkflowFixture();
        governance = fixture.governance;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void refusesADecisionOnSubjectsThatChangedAfterTheRecommendationNamingThem() {
        String rec = fixture.recommend("A1", "A2");
        long retitled = retitle("A1", "A1 reworked after submission");
        long before = fixture.registry.history().latest();

        assertThatThrownBy(() -> decide(DecisionDraft.of(rec, Outcome.ACCEPT, "Looks right")))
                .isInstanceOf(SubjectsChangedException.class)
                .hasMessageContaining("Subjects of REC-001 changed after it was submitted")
                .hasMessageContaining("A1 (change " + retitled + ")")
                .hasMessageNotContaining("A2 (")
                .hasMessageContaining("acknowledgeChanges")
                .extracting(e -> ((SubjectsChangedException) e).changedSubjects())
                .asList()
                .containsExactly("A1");
        assertThat(fixture.registry.history().latest()).isEqualTo(before);
        assertThat(fixture.status("A1")).isEqualTo("InReview");
        assertThat(governance.recommendation(rec).orElseThrow().open()).isTrue();
    }

    @Test
    void recordsADecisionThatAcknowledgesTheChangesAtTheChangeItWasTakenOn() {
        String rec = fixture.recommend("A1");
        long submittedAt = governance.recommendation(rec).orElseThrow().atChange();
        retitle("A1", "A1 reworked after submission");
        long seen = fixture.registry.history().latest();

        String decision =
                decide(DecisionDraft.of(rec, Outcome.ACCEPT, "Reviewed").acknowledgingChanges());

        assertThat(fixture.status("A1")).isEqualTo("Approved");
        assertThat(atChange(decision)).isEqualTo(seen).isGreaterThan(submittedAt);
        assertThat(fixture.latestChange().message())
                .hasValueSatisfying(m -> assertThat(m).contains("acknowledging changes to A1"));
    }

    @Test
    void decidesAtTheRecommendationsChangeWhenNoSubjectChanged() {
        String rec = fixture.recommend("A1");
        long submittedAt = governance.recommendation(rec).orElseThrow().atChange();

        String decision = decide(DecisionDraft.of(rec, Outcome.ACCEPT, "As submitted"));

        assertThat(atChange(decision)).isEqualTo(submittedAt);
    }

    @Test
    void countsNeitherStatusChangesNorLinksFromOtherResourcesAsChangesToASubject() {
        String rec = fixture.recommend("A1");
        ChangeContext.runWith(
                ChangeContext.of("edith", ChangeContext.REST, null, null),
                () ->
                        ValidatedWrites.update(
                                fixture.registry,
                                model -> {
                                    var a1 = model.createResource(artefact("A1"));
                                    model.removeAll(a1, DR.status, null);
                                    a1.addProperty(DR.status, Vocabularies.Status.Draft);
                                    model.createResource(artefact("A3"))
                                            .addProperty(DR.dependsOn, a1);
                                }));

        String decision = decide(DecisionDraft.of(rec, Outcome.REJECT, "Not needed"));

        assertThat(fixture.status("A1")).isEqualTo("Rejected");
        assertThat(decision).isNotBlank();
    }

    private long retitle(String id, String title) {
        ChangeContext.runWith(
                ChangeContext.of("edith", ChangeContext.REST, null, null),
                () ->
                        ValidatedWrites.update(
                                fixture.registry,
                                model -> {
                                    var a = model.createResource(artefact(id));
                                    model.removeAll(a, DCTerms.title, null);
                                    a.addProperty(DCTerms.title, title);
                                }));
        return fixture.registry.history().latest();
    }

    private long atChange(String decision) {
        Node node = NodeFactory.createURI(decision);
        return Txn.calculateRead(
                fixture.registry.dataset(),
                () ->
                        fixture.registry
                                .dataset()
                                .getDefaultGraph()
                                .find(node, DR.atChange.asNode(), Node.ANY)
                                .nextOptional()
                                .map(t -> Long.parseLong(t.getObject().getLiteralLexicalForm()))
                                .orElse(0L));
    }

    private String decide(DecisionDraft draft) {
        return as("april", () -> governance.decide(draft, APPROVER));
    }
}
