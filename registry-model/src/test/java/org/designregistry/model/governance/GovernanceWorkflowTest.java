package org.designregistry.model.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.designregistry.model.governance.WorkflowFixture.APPROVER;
import static org.designregistry.model.governance.WorkflowFixture.BPRWG;
import static org.designregistry.model.governance.WorkflowFixture.DAG;
import static org.designregistry.model.governance.WorkflowFixture.DAG_MEETING;
import static org.designregistry.model.governance.WorkflowFixture.PSG;
import static org.designregistry.model.governance.WorkflowFixture.PSG_MEETING;
import static org.designregistry.model.governance.WorkflowFixture.TDWG;
import static org.designregistry.model.governance.WorkflowFixture.as;

import java.time.LocalDate;
import java.util.List;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workflow from recommendation to decision: each of the five outcomes with its effect on the
 * subjects' status and on the agendas, the level and delegation rules, and conditions.
 */
class GovernanceWorkflowTest {

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
    void submittingPutsTheSubjectsInReviewAndTheRecommendationOnTheNextMeetingsAgenda() {
        long before = fixture.registry.history().latest();

        String rec = fixture.recommend("A1", "A2");

        Recommendation submitted = governance.recommendation(rec).orElseThrow();
        assertThat(fixture.status("A1")).isEqualTo("InReview");
        assertThat(fixture.status("A2")).isEqualTo("InReview");
        assertThat(submitted.ref().identifier()).isEqualTo("REC-001");
        assertThat(submitted.body().identifier()).isEqualTo("DAG");
        assertThat(submitted.group().map(ResourceRef::identifier)).contains("BPRWG");
        assertThat(submitted.atChange()).isEqualTo(before);
        assertThat(submitted.meeting().map(ResourceRef::iri)).contains(DAG_MEETING);
        Agenda agenda = governance.agenda(DAG, WorkflowFixture.TODAY);
        assertThat(agenda.nextMeeting().orElseThrow().ref().iri()).isEqualTo(DAG_MEETING);
        assertThat(agenda.nextMeeting().orElseThrow().agenda())
                .extracting(r -> r.ref().iri())
                .containsExactly(rec);
        assertThat(agenda.open()).extracting(r -> r.ref().iri()).containsExactly(rec);
    }

    @Test
    void refusesToRecommendASubjectThatAwaitsADecisionAlready() {
        fixture.recommend("A1");

        assertThatThrownBy(() -> fixture.recommend("A1", "A2"))
                .isInstanceOf(WorkflowStateException.class)
                .hasMessageContaining("A1 is already recommended in REC-001");
        assertThat(fixture.status("A2")).isEqualTo("Draft");
    }

    @Test
    void acceptApprovesTheSubjectsAtTheRecommendationsChangeAndTakesItOffTheAgenda() {
        String rec = fixture.recommend("A1");

        String decision = decide(DecisionDraft.of(rec, Outcome.ACCEPT, "Aligned to the TOM"));

        assertThat(fixture.status("A1")).isEqualTo("Approved");
        assertThat(fixture.holds(decision, DR.approves, WorkflowFixture.artefact("A1"))).isTrue();
        assertThat(fixture.holds(decision, DR.madeAt, DAG_MEETING)).isTrue();
        Recommendation decided = governance.recommendation(rec).orElseThrow();
        assertThat(decided.open()).isFalse();
        assertThat(decided.decision().map(ResourceRef::identifier)).contains("DAG-2027-01-13-01");
        assertThat(governance.agenda(DAG, WorkflowFixture.TODAY).open()).isEmpty();
        DecisionLogEntry logged = governance.log().entries().get(0);
        assertThat(logged.rationale()).isEqualTo("Aligned to the TOM");
        assertThat(logged.level().iri()).endsWith("Level3");
        assertThat(logged.publicationDue()).contains(LocalDate.of(2027, 1, 27));
    }

    @Test
    void rejectRejectsTheSubjectsAndTakesTheRecommendationOffTheAgenda() {
        String rec = fixture.recommend("A1");

        String decision = decide(DecisionDraft.of(rec, Outcome.REJECT, "Not aligned"));

        assertThat(fixture.status("A1")).isEqualTo("Rejected");
        assertThat(fixture.holds(decision, DR.rejects, WorkflowFixture.artefact("A1"))).isTrue();
        assertThat(governance.agenda(DAG, WorkflowFixture.TODAY).open()).isEmpty();
    }

    @Test
    void referralForWorkSendsTheSubjectsBackToDraftWithTheReason() {
        String rec = fixture.recommend("A1");

        String decision =
                decide(DecisionDraft.of(rec, Outcome.REFER_FOR_WORK, "Add the unmetered cases"));

        assertThat(fixture.status("A1")).isEqualTo("Draft");
        assertThat(fixture.holds(decision, DR.refers, WorkflowFixture.artefact("A1"))).isTrue();
        assertThat(governance.log().entries().get(0).rationale())
                .isEqualTo("Add the unmetered cases");
        assertThat(governance.agenda(DAG, WorkflowFixture.TODAY).open()).isEmpty();
        assertThatThrownBy(() -> DecisionDraft.of(rec, Outcome.REFER_FOR_WORK, " "))
                .hasMessageContaining("reason (rationale)");
    }

    @Test
    void acceptanceSubjectToWorkTracksEachConditionUntilMetThenApproves() {
        String rec = fixture.recommend("A1");

        String decision =
                decide(
                        DecisionDraft.of(
                                rec,
                                Outcome.ACCEPT_SUBJECT_TO_WORK,
                                "Nearly there",
                                List.of("Complete the unmetered processes", "Fix IF-041")));

        assertThat(fixture.status("A1")).isEqualTo("ApprovedWithConditions");
        List<Condition> conditions = governance.conditions(decision);
        assertThat(conditions).extracting(Condition::met).containsExactly(false, false);

        as(
                "april",
                () -> {
                    governance.markConditionMet(
                            conditions.get(0).ref().iri(), LocalDate.of(2027, 2, 1), APPROVER);
                    return null;
                });
        assertThat(fixture.status("A1")).isEqualTo("ApprovedWithConditions");
        as(
                "april",
                () -> {
                    governance.markConditionMet(conditions.get(1).ref().iri(), null, APPROVER);
                    return null;
                });

        assertThat(governance.conditions(decision))
                .extracting(Condition::metOn)
                .containsExactly(
                        java.util.Optional.of(LocalDate.of(2027, 2, 1)),
                        java.util.Optional.of(WorkflowFixture.TODAY));
        assertThat(fixture.status("A1")).isEqualTo("Approved");
        assertThat(governance.log().entries().get(0).conditionsText())
                .isEqualTo(
                        "Complete the unmetered processes (met 2027-02-01); Fix IF-041 (met 2027-01-06)");
        assertThatThrownBy(
                        () ->
                                governance.markConditionMet(
                                        conditions.get(0).ref().iri(), null, APPROVER))
                .isInstanceOf(WorkflowStateException.class)
                .hasMessageContaining("met already");
        assertThatThrownBy(() -> DecisionDraft.of(rec, Outcome.ACCEPT_SUBJECT_TO_WORK, ""))
                .hasMessageContaining("at least one condition");
    }

    @Test
    void referralToThePsgPutsANewRecommendationOnThePsgsAgendaAndKeepsTheSubjectsInReview() {
        String rec = fixture.recommend("A1");

        String decision = decide(DecisionDraft.of(rec, Outcome.REFER_TO_PSG, "No consensus"));

        assertThat(fixture.status("A1")).isEqualTo("InReview");
        assertThat(governance.agenda(DAG, WorkflowFixture.TODAY).open()).isEmpty();
        Agenda psg = governance.agenda(PSG, WorkflowFixture.TODAY);
        assertThat(psg.open()).hasSize(1);
        Recommendation escalated = psg.open().get(0);
        assertThat(escalated.escalatedBy().map(ResourceRef::iri)).contains(decision);
        assertThat(escalated.meeting().map(ResourceRef::iri)).contains(PSG_MEETING);
        assertThat(escalated.subjects())
                .extracting(s -> s.ref().identifier())
                .containsExactly("A1");
        assertThat(psg.nextMeeting().orElseThrow().agenda())
                .extracting(Recommendation::ref)
                .containsExactly(escalated.ref());
    }

    @Test
    void refusesADecisionAboveTheBodysLevelNamingTheBodyThatMustDecide() {
        String rec = fixture.recommend("A1");

        assertThatThrownBy(() -> decide(DecisionDraft.of(rec, Outcome.ACCEPT, "").by(DAG, 2)))
                .isInstanceOf(DecisionAuthorityException.class)
                .hasMessageContaining(
                        "A Level 2 decision is above the level of the Design Advisory Group (DAG)")
                .hasMessageContaining("the Programme Steering Group (PSG) must decide it")
                .extracting(e -> ((DecisionAuthorityException) e).mustDecide())
                .isEqualTo("the Programme Steering Group (PSG)");
        assertThat(fixture.status("A1")).isEqualTo("InReview");
    }

    @Test
    void refusesADecisionByABodyTheRecommendationWasNotDelegatedTo() {
        String rec = fixture.recommend("A1");

        assertThatThrownBy(() -> decide(DecisionDraft.of(rec, Outcome.ACCEPT, "").by(TDWG, 4)))
                .isInstanceOf(DecisionAuthorityException.class)
                .hasMessageContaining("REC-001 was submitted to the Design Advisory Group (DAG)")
                .hasMessageContaining("not delegated to the TDWG");
        assertThat(governance.recommendation(rec).orElseThrow().open()).isTrue();
    }

    @Test
    void acceptsADecisionThePsgDelegatedToTheDag() {
        String rec = fixture.recommendTo(PSG, "A1");
        assertThatThrownBy(() -> decide(DecisionDraft.of(rec, Outcome.ACCEPT, "").by(DAG, 2)))
                .isInstanceOf(DecisionAuthorityException.class);

        String delegation = as("april", () -> governance.delegate(rec, DAG, null, APPROVER));
        String decision = decide(DecisionDraft.of(rec, Outcome.ACCEPT, "Delegated").by(DAG, 2));

        assertThat(fixture.holds(delegation, DR.delegatedBy, PSG)).isTrue();
        assertThat(fixture.holds(delegation, DR.delegatedTo, DAG)).isTrue();
        assertThat(fixture.holds(decision, DR.madeBy, DAG)).isTrue();
        assertThat(fixture.holds(decision, DR.onBehalfOf, PSG)).isTrue();
        assertThat(fixture.status("A1")).isEqualTo("Approved");
        assertThat(governance.recommendation(rec).orElseThrow().delegatedTo())
                .extracting(ResourceRef::identifier)
                .containsExactly("DAG");
    }

    @Test
    void aWorkingGroupApprovesUnderTheDagsDelegationThoughItsOwnLevelIsBelowTheArtefactTypes() {
        String rec = fixture.recommend("A1");
        as("april", () -> governance.delegate(rec, BPRWG, null, APPROVER));

        decide(DecisionDraft.of(rec, Outcome.ACCEPT, "").by(BPRWG, 3));

        assertThat(fixture.status("A1")).isEqualTo("Approved");
        assertThatThrownBy(
                        () ->
                                as(
                                        "april",
                                        () ->
                                                governance.delegate(
                                                        fixture.recommend("A2"),
                                                        PSG,
                                                        null,
                                                        APPROVER)))
                .hasMessageContaining("a decision is delegated down");
    }

    @Test
    void refusesToDecideARecommendationTwice() {
        String rec = fixture.recommend("A1");
        decide(DecisionDraft.of(rec, Outcome.ACCEPT, ""));

        assertThatThrownBy(() -> decide(DecisionDraft.of(rec, Outcome.REJECT, "")))
                .isInstanceOf(WorkflowStateException.class)
                .hasMessageContaining("was decided already");
    }

    private String decide(DecisionDraft draft) {
        return as("april", () -> governance.decide(draft, APPROVER));
    }
}
