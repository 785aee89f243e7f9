package org.designregistry.model.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DecisionPublicationsTest {

    private static final String D1 = "https://example.org/id/D-1";
    private static final LocalDate REPORT_DAY = LocalDate.of(2026, 12, 31);
    private static Registry registry;
    private static PublicationReport report;

    @BeforeAll
    static void load() {
        registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("governance/publications.ttl")));
        report =
                DecisionPublications.of(
                                registry,
                                PublicationRule.designAdvisoryGroup(
                                        WorkingDayCalendar.englandAndWales()))
                        .report(REPORT_DAY);
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void givesEachDecisionItsStatusOnTheReportDay() {
        Map<String, PublicationStatus> statuses =
                report.decisions().stream()
                        .collect(
                                Collectors.toMap(
                                        d -> d.decision().identifier(),
                                        DecisionPublication::status));
        assertThat(statuses)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                "D-1", PublicationStatus.OVERDUE,
                                "D-2", PublicationStatus.PUBLISHED,
                                "D-3", PublicationStatus.PUBLISHED_LATE,
                                "D-4", PublicationStatus.DUE_SOON,
                                "D-5", PublicationStatus.PENDING));
    }

    @Test
    void countsFromTheMeetingAcrossChristmasAndNewYear() {
        DecisionPublication dueSoon = report.dueSoon().get(0);
        assertThat(dueSoon.decision().identifier()).isEqualTo("D-4");
        assertThat(dueSoon.meeting()).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(dueSoon.due()).isEqualTo(LocalDate.of(2027, 1, 5));
        // 4 and 5 January: New Year's Day is a holiday.
        assertThat(dueSoon.workingDaysLeft()).isEqualTo(2);
        assertThat(dueSoon.body())
                .hasValueSatisfying(b -> assertThat(b.identifier()).isEqualTo("DAG"));
        assertThat(dueSoon.outcome().label()).isNotBlank();
    }

    @Test
    void listsTheOverdueWithTheWorkingDaysTheyAreLate() {
        assertThat(report.overdue())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.decision().identifier()).isEqualTo("D-1");
                            assertThat(d.due()).isEqualTo(LocalDate.of(2026, 12, 17));
                            // 18, 21, 22, 23, 24, 29, 30 and 31 December.
                            assertThat(d.workingDaysLeft()).isEqualTo(-8);
                        });
    }

    @Test
    void startsTheClockAtTheDecisionsOwnDateWhenNoMeetingIsRecorded() {
        assertThat(report.withStatus(PublicationStatus.PENDING))
                .singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(LocalDate.of(2027, 1, 14)));
    }

    @Test
    void flagsAStatedDueDateThatDisagreesWithTheRule() {
        DecisionPublication late = report.withStatus(PublicationStatus.PUBLISHED_LATE).get(0);
        assertThat(late.statedDue()).contains(LocalDate.of(2026, 12, 18));
        assertThat(late.statedDueDiffers()).isTrue();
    }

    @Test
    void setsAsideADecisionWithNoDateSayingWhy() {
        assertThat(report.unscheduled())
                .singleElement()
                .satisfies(
                        u -> {
                            assertThat(u.decision().identifier()).isEqualTo("D-6");
                            assertThat(u.reason()).contains("dcterms:date", "dr:madeAt");
                        });
    }

    @Test
    void ordersDecisionsByDueDate() {
        assertThat(report.decisions()).extracting(DecisionPublication::due).isSorted();
    }

    @Test
    void marksADecisionPublishedSoItLeavesTheOverdueList() {
        try (Registry own = Registries.createInMemory()) {
            own.loadSources(List.of(RdfSource.classpath("governance/publications.ttl")));
            DecisionPublications publications = publications(own);
            publications.markPublished(D1, LocalDate.of(2026, 12, 31), WriteRights.unrestricted());
            PublicationReport after = publications.report(REPORT_DAY);
            assertThat(after.overdue()).isEmpty();
            assertThat(after.withStatus(PublicationStatus.PUBLISHED_LATE))
                    .extracting(d -> d.decision().identifier())
                    .contains("D-1");
        }
    }

    @Test
    void refusesAPublicationBeforeTheMeetingAndChangesNothing() {
        try (Registry own = Registries.createInMemory()) {
            own.loadSources(List.of(RdfSource.classpath("governance/publications.ttl")));
            DecisionPublications publications = publications(own);
            long size = own.size();
            assertThatThrownBy(
                            () ->
                                    publications.markPublished(
                                            D1,
                                            LocalDate.of(2026, 12, 1),
                                            WriteRights.unrestricted()))
                    .isInstanceOf(RegistryException.class)
                    .hasMessageContaining("before its meeting (2026-12-03)");
            assertThat(own.size()).isEqualTo(size);
        }
    }

    @Test
    void refusesAWriterWhoMayNotRecordDecisions() {
        try (Registry own = Registries.createInMemory()) {
            own.loadSources(List.of(RdfSource.classpath("governance/publications.ttl")));
            assertThatThrownBy(
                            () ->
                                    publications(own)
                                            .markPublished(
                                                    D1, LocalDate.of(2026, 12, 31), () -> false))
                    .isInstanceOf(DecisionWriteRefusedException.class);
        }
    }

    @Test
    void refusesToMarkSomethingThatIsNotADecision() {
        assertThatThrownBy(
                        () ->
                                publications(registry)
                                        .markPublished(
                                                "https://example.org/id/DAG",
                                                LocalDate.of(2026, 12, 31),
                                                WriteRights.unrestricted()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void writesEveryDecisionAsCsvAndWhatNeedsActionAsMarkdown() {
        assertThat(report.toCsv().lines())
                .hasSize(6)
                .first()
                .asString()
                .startsWith("Decision,Label,Body,Level,Outcome,Meeting,Due");
        assertThat(report.toCsv()).contains("D-1,Unpublished,Design Advisory Group");
        assertThat(report.toMarkdown())
                .contains(
                        "## Overdue (1)", "## Due soon (1)", "| D-1 Unpublished |", "D-6 Undated");
    }

    private static DecisionPublications publications(Registry target) {
        return DecisionPublications.of(
                target, PublicationRule.designAdvisoryGroup(WorkingDayCalendar.englandAndWales()));
    }
}
