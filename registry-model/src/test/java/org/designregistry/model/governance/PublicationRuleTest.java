package org.designregistry.model.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationRuleTest {

    private final PublicationRule dag =
            PublicationRule.designAdvisoryGroup(WorkingDayCalendar.englandAndWales());
    private final LocalDate meeting = LocalDate.of(2026, 12, 17);
    private final LocalDate due = LocalDate.of(2027, 1, 5);

    @Test
    void givesTheDagTenWorkingDaysFromItsMeeting() {
        assertThat(dag.dueDate(meeting)).isEqualTo(due);
    }

    @Test
    void isPendingUntilThreeWorkingDaysBeforeItsDueDate() {
        assertThat(dag.status(meeting, Optional.empty(), LocalDate.of(2026, 12, 24)))
                .isEqualTo(PublicationStatus.PENDING);
        // From 29 December the due date is 4 working days on (30, 31 December, 4, 5 January).
        assertThat(dag.status(meeting, Optional.empty(), LocalDate.of(2026, 12, 29)))
                .isEqualTo(PublicationStatus.PENDING);
        assertThat(dag.status(meeting, Optional.empty(), LocalDate.of(2026, 12, 30)))
                .isEqualTo(PublicationStatus.DUE_SOON);
    }

    @Test
    void isDueSoonOnItsDueDateAndOverdueTheDayAfter() {
        assertThat(dag.status(meeting, Optional.empty(), due))
                .isEqualTo(PublicationStatus.DUE_SOON);
        assertThat(dag.status(meeting, Optional.empty(), due.plusDays(1)))
                .isEqualTo(PublicationStatus.OVERDUE);
    }

    @Test
    void tellsAPublicationOnTimeFromALateOne() {
        assertThat(dag.status(meeting, Optional.of(due), due.plusDays(30)))
                .isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(dag.status(meeting, Optional.of(due.plusDays(1)), due.plusDays(30)))
                .isEqualTo(PublicationStatus.PUBLISHED_LATE);
    }

    @Test
    void ignoresAPublicationThatHadNotHappenedOnTheReportDay() {
        assertThat(dag.status(meeting, Optional.of(due), LocalDate.of(2026, 12, 30)))
                .isEqualTo(PublicationStatus.DUE_SOON);
    }
}
