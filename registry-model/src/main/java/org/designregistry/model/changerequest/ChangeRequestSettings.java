package org.designregistry.model.changerequest;

import java.time.Clock;
import java.util.Objects;
import org.designregistry.model.governance.WorkingDayCalendar;

/**
 * How change requests are assessed.
 *
 * @param depth the number of links an impact assessment follows at most from what a change request
 *     affects
 * @param responseDays the working days the impacted parties have to answer when the raiser sets no
 *     deadline
 * @param calendar the working days
 * @param clock the clock that says when a change request is raised and an item triaged
 */
public record ChangeRequestSettings(
        int depth, int responseDays, WorkingDayCalendar calendar, Clock clock) {

    /** Three links, ten working days of England and Wales, the system clock. */
    public static final ChangeRequestSettings DEFAULTS =
            new ChangeRequestSettings(
                    3, 10, WorkingDayCalendar.englandAndWales(), Clock.systemUTC());

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException if the depth or the response days are below 1
     */
    public ChangeRequestSettings {
        if (depth < 1) {
            throw new IllegalArgumentException(
                    "The assessment depth must be at least 1, not " + depth);
        }
        if (responseDays < 1) {
            throw new IllegalArgumentException(
                    "The response days must be at least 1, not " + responseDays);
        }
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(clock, "clock");
    }
}
