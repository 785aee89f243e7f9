package org.designregistry.model.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.designregistry.model.governance.WorkflowFixture.APPROVER;
import static org.designregistry.model.governance.WorkflowFixture.DAG;
import static org.designregistry.model.governance.WorkflowFixture.EDITOR;
import static org.designregistry.model.governance.WorkflowFixture.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.history.ChangeRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may take each step, and that each step is one recorded change by the person who took it:
 * editors recommend, schedule and raise concerns; only approvers record decisions, delegations,
 * conditions met and settlements.
 */
class GovernanceRightsAndHistoryTest {

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
    void recordsEveryStepAsAChangeByThePersonWhoTookIt() {
        String meeting =
                as(
                        "edith",
                        () ->
                                governance.scheduleMeeting(
                                        new MeetingDraft(
                                                DAG,
                                                LocalDate.of(2027, 2, 10),
                                                Optional.empty(),
                                                List.of(WorkflowFixture.SEAT)),
                                        EDITOR));
        ChangeRecord scheduled = fixture.latestChange();
        String rec = fixture.recommend("A1");
        ChangeRecord recommended = fixture.latestChange();
        String decision =
                as(
                        "april",
                        () ->
                                governance.decide(
                                        DecisionDraft.of(
                                                rec,
                                                Outcome.ACCEPT_SUBJECT_TO_WORK,
                                                "",
                                                List.of("Finish it")),
                                        APPROVER));
        ChangeRecord decided = fixture.latestChange();
        String condition = governance.conditions(decision).get(0).ref().iri();
        as(
                "april",
                () -> {
                    governance.markConditionMet(condition, null, APPROVER);
                    return null;
                });
        ChangeRecord met = fixture.latestChange();
        String concern =
                as(
                        "edith",
                        () ->
                                governance.raiseConcern(
                                        new ConcernDraft(
                                                decision,
                                                WorkflowFixture.LARGE_SUPPLIERS,
                                                "Too soon")));
        ChangeRecord raised = fixture.latestChange();
        as(
                "april",
                () -> {
                    governance.settleConcern(
                            concern,
                            new Settlement(false, "Explained", Optional.empty()),
                            APPROVER);
                    return null;
                });
        ChangeRecord settled = fixture.latestChange();

        assertThat(List.of(scheduled, recommended, decided, met, raised, settled))
                .extracting(ChangeRecord::principal)
                .containsExactly("edith", "edith", "april", "april", "edith", "april");
        assertThat(List.of(scheduled, recommended, decided, met, raised, settled))
                .extracting(ChangeRecord::number)
                .doesNotHaveDuplicates();
        assertThat(scheduled.touched()).contains(meeting);
        assertThat(recommended.touched()).contains(rec, WorkflowFixture.artefact("A1"));
        assertThat(decided.touched()).contains(decision, rec, WorkflowFixture.artefact("A1"));
        assertThat(decided.message())
                .hasValueSatisfying(m -> assertThat(m).contains("accept-subject-to-work"));
        assertThat(met.touched()).contains(condition);
        assertThat(raised.touched()).contains(concern);
        assertThat(settled.touched()).contains(concern);
        assertThat(decided.route()).isEqualTo("rest");
    }

    @Test
    void keepsTheCallersOwnMessageForTheChange() {
        org.designregistry.model.history.ChangeContext.runWith(
                org.designregistry.model.history.ChangeContext.of(
                        "edith", "form", "For DAG 13", null),
                () ->
                        fixture.governance.submit(
                                new RecommendationDraft(
                                        DAG,
                                        List.of(WorkflowFixture.artefact("A1")),
                                        "s",
                                        "p",
                                        Optional.empty()),
                                EDITOR));

        assertThat(fixture.latestChange().message()).contains("For DAG 13");
        assertThat(fixture.latestChange().route()).isEqualTo("form");
    }

    @Test
    void refusesAnEditorEveryStepThatRecordsADecisionAndStoresNothing() {
        String rec = fixture.recommend("A1");
        long before = fixture.registry.history().latest();

        assertThatThrownBy(
                        () ->
                                as(
                                        "edith",
                                        () ->
                                                governance.decide(
                                                        DecisionDraft.of(rec, Outcome.ACCEPT, ""),
                                                        EDITOR)))
                .isInstanceOf(DecisionWriteRefusedException.class);
        assertThatThrownBy(
                        () ->
                                as(
                                        "edith",
                                        () ->
                                                governance.delegate(
                                                        rec, WorkflowFixture.BPRWG, null, EDITOR)))
                .isInstanceOf(DecisionWriteRefusedException.class);
        String decision =
                as(
                        "april",
                        () ->
                                governance.decide(
                                        DecisionDraft.of(
                                                rec,
                                                Outcome.ACCEPT_SUBJECT_TO_WORK,
                                                "",
                                                List.of("Finish")),
                                        APPROVER));
        String condition = governance.conditions(decision).get(0).ref().iri();
        String concern =
                as(
                        "edith",
                        () ->
                                governance.raiseConcern(
                                        new ConcernDraft(
                                                decision,
                                                WorkflowFixture.LARGE_SUPPLIERS,
                                                "Too soon")));
        long afterApprover = fixture.registry.history().latest();
        assertThatThrownBy(() -> governance.markConditionMet(condition, null, EDITOR))
                .isInstanceOf(DecisionWriteRefusedException.class);
        assertThatThrownBy(
                        () ->
                                governance.settleConcern(
                                        concern,
                                        new Settlement(true, "Escalate", Optional.empty()),
                                        EDITOR))
                .isInstanceOf(DecisionWriteRefusedException.class);

        assertThat(afterApprover).isEqualTo(before + 2);
        assertThat(fixture.registry.history().latest()).isEqualTo(afterApprover);
        assertThat(governance.conditions(decision).get(0).met()).isFalse();
        assertThat(governance.concern(concern).orElseThrow().open()).isTrue();
    }
}
