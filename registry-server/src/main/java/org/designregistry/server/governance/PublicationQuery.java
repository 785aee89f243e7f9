package org.designregistry.server.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.designregistry.model.governance.PublicationStatus;

/**
 * Reads the {@code on=} and {@code status=} parameters of the publication report, or refuses them.
 */
final class PublicationQuery {

    private static final String STATUS_NAMES =
            Arrays.stream(PublicationStatus.values())
                    .map(PublicationResponse::statusName)
                    .collect(Collectors.joining(", "));

    private PublicationQuery() {}

    /** Returns the day asked for, or today by the clock when none is. */
    static LocalDate day(String on, Clock clock) {
        if (on == null || on.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + on + "' is not a date: give on= as yyyy-mm-dd, such as 2026-12-31");
        }
    }

    /** Returns the statuses asked for (comma-separated API names), or all when none are. */
    static List<PublicationStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return List.of(PublicationStatus.values());
        }
        return Arrays.stream(status.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(PublicationQuery::status)
                .distinct()
                .toList();
    }

    private static PublicationStatus status(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(PublicationStatus.values())
                .filter(s -> PublicationResponse.statusName(s).equals(wanted))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Unknown status '"
                                                + name
                                                + "': expected one or more of "
                                                + STATUS_NAMES));
    }
}
