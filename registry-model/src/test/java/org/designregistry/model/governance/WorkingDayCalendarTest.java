package org.designregistry.model.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.designregistry.model.RegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void skipsTheWeekendOnly() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 1), 10))
                .isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 3))).isFalse();
    }

    @Test
    void skipsChristmasBoxingDaySubstituteAndNewYear() {
        // Boxing Day 2026 is a Saturday, so Monday 28 December is its substitute.
        assertThat(calendar.holiday(LocalDate.of(2026, 12, 28)))
                .contains("Boxing Day (substitute day)");
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 17), 10))
                .isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void skipsGoodFridayAndEasterMonday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 3, 18), 10))
                .isEqualTo(LocalDate.of(2027, 4, 5));
    }

    @Test
    void shipsEasterOnTheDatesTheGregorianComputusGives() {
        for (int year = 2021; year <= 2030; year++) {
            LocalDate easter = easterSunday(year);
            assertThat(calendar.holiday(easter.minusDays(2)))
                    .as("%d", year)
                    .contains("Good Friday");
            assertThat(calendar.holiday(easter.plusDays(1)))
                    .as("%d", year)
                    .contains("Easter Monday");
        }
    }

    @Test
    void shipsOnlyWeekdaysAndTheFixedMondayHolidaysOfEveryYear() {
        calendar.holidays()
                .keySet()
                .forEach(
                        day ->
                                assertThat(day.getDayOfWeek().getValue())
                                        .as("%s", day)
                                        .isLessThan(6));
        for (int year = 2021; year <= 2030; year++) {
            assertThat(calendar.holiday(lastMonday(year, Month.AUGUST)))
                    .as("%d", year)
                    .contains("Summer bank holiday");
        }
    }

    @Test
    void countsWorkingDaysBetweenWithASignThatSaysWhichWay() {
        LocalDate thursday = LocalDate.of(2026, 10, 1);
        LocalDate nextMonday = LocalDate.of(2026, 10, 5);
        assertThat(calendar.workingDaysBetween(thursday, nextMonday)).isEqualTo(2);
        assertThat(calendar.workingDaysBetween(nextMonday, thursday)).isEqualTo(-2);
        assertThat(calendar.workingDaysBetween(thursday, thursday)).isZero();
    }

    @Test
    void refusesToCountIntoAYearItHasNoHolidaysFor() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2030, 12, 20), 10))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("2021 to 2030")
                .hasMessageContaining("registry.governance.bank-holidays");
    }

    @Test
    void addsAnOperatorsHolidaysFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("extra.csv");
        Files.writeString(
                file,
                "# next year's, before the release ships them\n"
                        + "date,title\n"
                        + "2031-01-01,New Year's Day\n"
                        + "2031-04-11,Good Friday\n");
        WorkingDayCalendar extended = calendar.withHolidaysFrom(file);
        assertThat(extended.isWorkingDay(LocalDate.of(2031, 4, 11))).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(extended.addWorkingDays(LocalDate.of(2030, 12, 20), 10))
                .isEqualTo(LocalDate.of(2031, 1, 8));
    }

    @Test
    void refusesAnOperatorsFileWithABadDateNamingTheLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "date,title\n2031-01-01,New Year's Day\n01/04/2031,Good Friday\n");
        assertThatThrownBy(() -> calendar.withHolidaysFrom(file))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("01/04/2031");
    }

    /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the shipped data. */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate lastMonday(int year, Month month) {
        LocalDate day = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
        while (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            day = day.minusDays(1);
        }
        return day;
    }
}
