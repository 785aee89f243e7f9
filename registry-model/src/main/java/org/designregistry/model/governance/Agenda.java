package org.designregistry.model.governance;

import java.util.List;
import java.util.Optional;
import org.designregistry.model.catalog.ResourceRef;

/**
 * What a body has before it: its next meeting (on or after the day asked) and every open
 * recommendation it must decide, submitted or delegated to it, each with the meeting it is
 * scheduled for.
 *
 * @param body the body
 * @param nextMeeting its next meeting, if one is recorded
 * @param open the recommendations awaiting its decision, oldest first
 */
public record Agenda(ResourceRef body, Optional<Meeting> nextMeeting, List<Recommendation> open) {}
