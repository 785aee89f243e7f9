package org.designregistry.model.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.designregistry.model.RegistryException;

/**
 * Working days in one jurisdiction: Monday to Friday, less its bank holidays. Deadlines such as
 * "published within 10 working days of the meeting" are counted here.
 *
 * <p>The holidays are data, not rules: {@link #englandAndWales()} reads the dates shipped with the
 * registry (GOV.UK's list, 2021 to 2030, with its sources in the file's header), and {@link
 * #withHolidaysFrom(Path)} adds an operator's own file of the same shape, so a new year or a
 * one-off bank holiday needs no release. A calendar refuses to count into a year it holds no
 * holidays for, since a silently wrong deadline is worse than no deadline.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class WorkingDayCalendar {

    private static final String ENGLAND_AND_WALES = "bank-holidays-england-and-wales.csv";
    private static final CSVFormat HOLIDAY_FILE =
            CSVFormat.DEFAULT
                    .builder()
                    .setCommentMarker('#')
                    .setHeader("date", "title")
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get();

    private final TreeMap<LocalDate, String> holidays;

    private WorkingDayCalendar(TreeMap<LocalDate, String> holidays) {
        this.holidays = holidays;
    }

    /** Returns the calendar of England and Wales, with the bank holidays the registry ships. */
    public static WorkingDayCalendar englandAndWales() {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(ENGLAND_AND_WALES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ENGLAND_AND_WALES);
            }
            return new WorkingDayCalendar(
                    read(new InputStreamReader(in, StandardCharsets.UTF_8), ENGLAND_AND_WALES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a calendar with no bank holidays at all, covering every year; for tests and tools.
     */
    public static WorkingDayCalendar weekdaysOnly() {
        return new WorkingDayCalendar(new TreeMap<>());
    }

    /**
     * Returns this calendar with the holidays of a CSV file ({@code date,title}, ISO dates, lines
     * starting {@code #} ignored) added; a date in both keeps the file's title.
     *
     * @throws RegistryException naming the file and line when a line is not a date and a title
     */
    public WorkingDayCalendar withHolidaysFrom(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            TreeMap<LocalDate, String> merged = new TreeMap<>(holidays);
            merged.putAll(read(reader, file.toString()));
            return new WorkingDayCalendar(merged);
        } catch (IOException e) {
            throw new RegistryException("Cannot read the bank holidays file " + file + ": " + e, e);
        }
    }

    /** Returns whether {@code day} is a working day: a weekday that is not a bank holiday. */
    public boolean isWorkingDay(LocalDate day) {
        requireCovered(day);
        return !isWeekend(day) && !holidays.containsKey(day);
    }

    /** Returns the bank holiday's title when {@code day} is one. */
    public Optional<String> holiday(LocalDate day) {
        return Optional.ofNullable(holidays.get(day));
    }

    /**
     * Returns the day that is {@code workingDays} working days after {@code from}, not counting
     * {@code from} itself: 10 working days after a Thursday meeting with no holidays is the
     * Thursday two weeks later.
     *
     * @throws RegistryException when the count runs into a year this calendar holds no holidays for
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        Objects.requireNonNull(from, "from");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = from;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Returns the working days after {@code from} up to and including {@code to}: 0 when {@code to}
     * is not after {@code from}, and negative (the working days from {@code to} to {@code from})
     * when it is before, so a deadline's sign says whether it has passed.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Returns the bank holidays this calendar knows, by date. */
    public Map<LocalDate, String> holidays() {
        return Collections.unmodifiableMap(holidays);
    }

    private void requireCovered(LocalDate day) {
        if (holidays.isEmpty()) {
            return;
        }
        int first = holidays.firstKey().getYear();
        int last = holidays.lastKey().getYear();
        if (day.getYear() < first || day.getYear() > last) {
            throw new RegistryException(
                    "The calendar holds bank holidays for "
                            + first
                            + " to "
                            + last
                            + " only, so it cannot count working days on "
                            + day
                            + "; add that year's holidays with registry.governance.bank-holidays");
        }
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    private static TreeMap<LocalDate, String> read(Reader reader, String source)
            throws IOException {
        TreeMap<LocalDate, String> dates = new TreeMap<>();
        for (CSVRecord record : HOLIDAY_FILE.parse(reader)) {
            if (record.size() != 2) {
                throw new RegistryException(
                        source
                                + " line "
                                + record.getParser().getCurrentLineNumber()
                                + ": expected date,title but found "
                                + record.size()
                                + " fields");
            }
            try {
                dates.put(LocalDate.parse(record.get("date")), record.get("title"));
            } catch (DateTimeParseException e) {
                throw new RegistryException(
                        source
                                + " line "
                                + record.getParser().getCurrentLineNumber()
                                + ": '"
                                + record.get("date")
                                + "' is not a date like 2027-12-27");
            }
        }
        return dates;
    }
}
