package org.designregistry.model.changerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.governance.DecisionDraft;
import org.designregistry.model.governance.Governance;
import org.designregistry.model.governance.Outcome;
import org.designregistry.model.governance.PublicationRule;
import org.designregistry.model.governance.RecommendationDraft;
import org.designregistry.model.governance.WorkingDayCalendar;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.impact.ImpactAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change request decided through the governance workflow: its status follows the decision, and
 * the recommendation and the decision are changes made under it, listed with its changes.
 */
class ChangeRequestDecisionsTest {

    private static final String ID = "https://registry.mhhs.example/id/";
    private static final Clock FRIDAY =
            Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    private static Registry registry;
    private static ChangeRequests changeRequests;
    private static Governance governance;

    @BeforeAll
    static void load() {
        registry = Registries.createInMemory();
        registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        changeRequests =
                ChangeRequests.of(
                        registry,
                        ImpactAnalysis.of(registry),
                        ID,
                        new ChangeRequestSettings(3, 10, calendar, FRIDAY));
        governance =
                Governance.of(registry, ID, PublicationRule.designAdvisoryGroup(calendar), FRIDAY);
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @ParameterizedTest
    @CsvSource({
        "accept, Approved",
        "reject, Rejected",
        "refer-for-work, Draft",
        "accept-subject-to-work, ApprovedWithConditions",
        "refer-to-psg, InReview"
    })
    void aChangeRequestsStatusFollowsItsDecisionRecordedAsAChangeUnderIt(
            String outcome, String status) {
        ChangeRequest cr = raise();
        String rec = recommend(cr);
        Outcome decided = Outcome.parse(outcome);

        decide(rec, decided);

        assertThat(changeRequests.get(cr.identifier()).status().iri()).endsWith("/" + status);
        List<ChangeRecord> changes = changeRequests.changes(cr.identifier(), 0, 10).items();
        assertThat(changes).extracting(ChangeRecord::principal).startsWith("april", "edith");
        assertThat(changes.get(0).message())
                .hasValueSatisfying(m -> assertThat(m).contains("decision (" + outcome + ")"));
        assertThat(changes.get(1).message())
                .hasValueSatisfying(m -> assertThat(m).startsWith("Recommend"));
    }

    @Test
    void meetingTheConditionsApprovesTheChangeRequestUnderIt() {
        ChangeRequest cr = raise();
        String decision = decide(recommend(cr), Outcome.ACCEPT_SUBJECT_TO_WORK);
        String condition = governance.conditions(decision).get(0).ref().iri();

        ChangeContext.runWith(
                ChangeContext.of("april", "rest", null, null),
                () -> governance.markConditionMet(condition, null, WriteRights.unrestricted()));

        assertThat(changeRequests.get(cr.identifier()).status().iri()).endsWith("/Approved");
        ChangeRecord latest = changeRequests.changes(cr.identifier(), 0, 1).items().get(0);
        assertThat(latest.message()).contains("Mark a decision's condition met");
    }

    private static ChangeRequest raise() {
        return ChangeContext.callWith(
                ChangeContext.of("edith", "rest", null, null),
                () ->
                        changeRequests.raise(
                                new ChangeRequestDraft(
                                        "Validate the GSP Group ID",
                                        "New GSP groups",
                                        Optional.empty(),
                                        Optional.empty(),
                                        List.of("DI-037"),
                                        Optional.empty())));
    }

    private static String recommend(ChangeRequest cr) {
        return ChangeContext.callWith(
                ChangeContext.of("edith", "rest", null, null),
                () ->
                        governance.submit(
                                new RecommendationDraft(
                                        ID + "body/DAG",
                                        List.of(cr.iri()),
                                        "The change request, assessed",
                                        "Approve it",
                                        Optional.empty()),
                                WriteRights.unrestricted()));
    }

    private static String decide(String rec, Outcome outcome) {
        DecisionDraft draft =
                DecisionDraft.of(
                        rec,
                        outcome,
                        "Because",
                        outcome == Outcome.ACCEPT_SUBJECT_TO_WORK ? List.of("Test it") : List.of());
        return ChangeContext.callWith(
                ChangeContext.of("april", "rest", null, null),
                () -> governance.decide(draft, WriteRights.unrestricted()));
    }
}
