package org.designregistry.server.changerequest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.designregistry.model.RegistryException;
import org.designregistry.model.changerequest.ChangeRequestDraft;

/**
 * A change request to raise.
 *
 * @param title what it asks, in a line
 * @param reason why it is needed
 * @param raiser who raises it; omitted for the signed-in user
 * @param constituency the constituency raising it, as a reference ({@code
 *     constituency:Large-Supplier}) or IRI; optional
 * @param affects the resources it would change, as references or IRIs
 * @param deadline the day by which impacted parties must answer ({@code yyyy-mm-dd}); omitted for
 *     the configured number of working days from today
 */
public record ChangeRequestRequest(
        String title,
        String reason,
        String raiser,
        String constituency,
        List<String> affects,
        String deadline) {

    /** Returns the draft, with the constituency resolved to {@code constituencyIri}. */
    ChangeRequestDraft toDraft(Optional<String> constituencyIri) {
        return new ChangeRequestDraft(
                title,
                reason,
                Optional.ofNullable(raiser),
                constituencyIri,
                affects == null ? List.of() : affects,
                parsedDeadline());
    }

    private Optional<LocalDate> parsedDeadline() {
        if (deadline == null || deadline.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(deadline.strip()));
        } catch (DateTimeParseException e) {
            throw new RegistryException(
                    "The deadline '" + deadline + "' is not a date of the form yyyy-mm-dd");
        }
    }
}
