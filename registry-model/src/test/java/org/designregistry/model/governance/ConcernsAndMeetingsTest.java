package org.designregistry.model.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.designregistry.model.governance.WorkflowFixture.APPROVER;
import static org.designregistry.model.governance.WorkflowFixture.DAG;
import static org.designregistry.model.governance.WorkflowFixture.EDITOR;
import static org.designregistry.model.governance.WorkflowFixture.PSG;
import static org.designregistry.model.governance.WorkflowFixture.as;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.resource.ResourceExistsException;
import org.designregistry.model.table.TableFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Concerns resolved and escalated, meetings with attendees and agendas, and the decisions log. */
class ConcernsAndMeetingsTest {

    private WorkflowFixture fixture;
    private Governance governance;
    private String decision;

    @BeforeEach
    void open() {
        fixture = new WorkflowFixture();
        governance = fixture.governance;
        String rec = fixture.recommend("A1");
        decision =
                as(
                        "april",
                        () ->
                                governance.decide(
                                        DecisionDraft.of(rec, Outcome.ACCEPT, "Fine"), APPROVER));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aConcernIsResolvedByTheBodyThatMadeTheDecision() {
        String concern = raise("The timetable is too short");

        as(
                "april",
                () -> {
                    governance.settleConcern(
                            concern,
                            new Settlement(
                                    false,
                                    "Timetable extended",
                                    Optional.of(LocalDate.of(2027, 1, 20))),
                            APPROVER);
                    return null;
                });

        Concern settled = governance.concern(concern).orElseThrow();
        assertThat(settled.open()).isFalse();
        assertThat(settled.resolvedBy().map(ResourceRef::iri)).contains(DAG);
        assertThat(settled.escalatedTo()).isEmpty();
        assertThat(settled.resolution()).isEqualTo("Timetable extended");
        assertThat(settled.settledOn()).contains(LocalDate.of(2027, 1, 20));
        assertThat(settled.constituency().label()).isEqualTo("Large Suppliers");
        assertThat(settled.raised()).contains(WorkflowFixture.TODAY);
    }

    @Test
    void aConcernIsEscalatedToThePsgAndCannotBeSettledTwice() {
        String concern = raise("Above Ofgem's threshold");

        as(
                "april",
                () -> {
                    governance.settleConcern(
                            concern,
                            new Settlement(true, "For the PSG", Optional.empty()),
                            APPROVER);
                    return null;
                });

        Concern escalated = governance.concern(concern).orElseThrow();
        assertThat(escalated.escalatedTo().map(ResourceRef::iri)).contains(PSG);
        assertThat(escalated.resolvedBy()).isEmpty();
        assertThatThrownBy(
                        () ->
                                governance.settleConcern(
                                        concern,
                                        new Settlement(false, "x", Optional.empty()),
                                        APPROVER))
                .isInstanceOf(WorkflowStateException.class)
                .hasMessageContaining("settled already");
    }

    @Test
    void aNewMeetingTakesTheBodysUnscheduledRecommendationsAndNamesItsAttendeesBySeat() {
        String rec = fixture.recommendTo(PSG, "A2");
        String psgAgain = WorkflowFixture.PSG_MEETING;
        assertThat(governance.recommendation(rec).orElseThrow().meeting().map(ResourceRef::iri))
                .contains(psgAgain);
        String late = fixture.recommendTo(DAG, "A3");
        assertThat(governance.recommendation(late).orElseThrow().meeting().map(ResourceRef::iri))
                .contains(WorkflowFixture.DAG_MEETING);

        String meeting =
                as(
                        "edith",
                        () ->
                                governance.scheduleMeeting(
                                        new MeetingDraft(
                                                DAG,
                                                LocalDate.of(2027, 2, 10),
                                                Optional.of("DAG 10"),
                                                List.of(WorkflowFixture.SEAT)),
                                        EDITOR));

        Meeting recorded = governance.meeting(meeting).orElseThrow();
        assertThat(recorded.ref().identifier()).isEqualTo("DAG-2027-02-10");
        assertThat(recorded.attendees())
                .singleElement()
                .satisfies(
                        a ->
                                assertThat(a.constituency().map(ResourceRef::label))
                                        .contains("Large Suppliers"));
        assertThat(governance.meetings(DAG))
                .extracting(m -> m.ref().iri())
                .containsExactly(WorkflowFixture.DAG_MEETING, meeting);
        assertThatThrownBy(
                        () ->
                                governance.scheduleMeeting(
                                        new MeetingDraft(
                                                DAG,
                                                LocalDate.of(2027, 2, 10),
                                                Optional.empty(),
                                                List.of()),
                                        EDITOR))
                .isInstanceOf(ResourceExistsException.class);
    }

    @Test
    void aMeetingRecordedAfterARecommendationPutsItOnItsAgenda() {
        String rec = fixture.recommendTo(WorkflowFixture.TDWG, "A2");
        assertThat(governance.recommendation(rec).orElseThrow().meeting()).isEmpty();

        String meeting =
                as(
                        "edith",
                        () ->
                                governance.scheduleMeeting(
                                        new MeetingDraft(
                                                WorkflowFixture.TDWG,
                                                LocalDate.of(2027, 1, 14),
                                                Optional.empty(),
                                                List.of()),
                                        EDITOR));

        assertThat(governance.meeting(meeting).orElseThrow().agenda())
                .extracting(r -> r.ref().iri())
                .containsExactly(rec);
        assertThat(
                        governance
                                .agenda(WorkflowFixture.TDWG, WorkflowFixture.TODAY)
                                .nextMeeting()
                                .orElseThrow()
                                .ref()
                                .iri())
                .isEqualTo(meeting);
    }

    @Test
    void writesTheDecisionsLogAsCsvAndAsAWorkbookASpreadsheetOpens() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();

        governance.log().write(TableFormat.CSV, csv);
        governance.log().write(TableFormat.XLSX, xlsx);

        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", DecisionsLog.COLUMNS));
        assertThat(text)
                .contains("DAG-2027-01-13-01", "Design Advisory Group (DAG)", "Fine", "2027-01-27");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Row header = book.getSheetAt(0).getRow(0);
            Row first = book.getSheetAt(0).getRow(1);
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Outcome");
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("DAG-2027-01-13-01");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Accept");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("A1");
        }
    }

    @Test
    void logsADecisionWhoseDueDateTheCalendarCannotCountWithoutOne() {
        String meeting =
                as(
                        "edith",
                        () ->
                                governance.scheduleMeeting(
                                        new MeetingDraft(
                                                DAG,
                                                LocalDate.of(2099, 1, 7),
                                                Optional.empty(),
                                                List.of()),
                                        EDITOR));
        String rec = fixture.recommend("A2");
        DecisionDraft draft =
                new DecisionDraft(
                        rec,
                        Outcome.ACCEPT,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(meeting),
                        Optional.empty(),
                        "Far ahead",
                        List.of(),
                        false);
        as("april", () -> governance.decide(draft, APPROVER));

        List<DecisionLogEntry> entries = governance.log().entries();

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).publicationDue()).contains(LocalDate.of(2027, 1, 27));
        assertThat(entries.get(1).date()).contains(LocalDate.of(2099, 1, 7));
        assertThat(entries.get(1).publicationDue()).isEmpty();
    }

    private String raise(String text) {
        return as(
                "edith",
                () ->
                        governance.raiseConcern(
                                new ConcernDraft(decision, WorkflowFixture.LARGE_SUPPLIERS, text)));
    }
}
