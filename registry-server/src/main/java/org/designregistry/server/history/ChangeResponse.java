package org.designregistry.server.history;

import java.util.List;
import org.designregistry.model.history.ChangeRecord;

/**
 * One recorded change.
 *
 * @param number its number
 * @param time when it was committed, ISO-8601 in UTC
 * @param principal the user or token name that made it ({@code cli:<name>} from the command line)
 * @param route the way it came: rest, sparql-update, graph-store, form, cli-load, revert ...
 * @param message why, as its writer said, or null
 * @param changeRequest the change request it was made for, or null
 * @param touched the IRIs of the resources it touched
 * @param href its address in this API
 */
public record ChangeResponse(
        long number,
        String time,
        String principal,
        String route,
        String message,
        String changeRequest,
        List<String> touched,
        String href) {

    /** Returns the response for a change record. */
    public static ChangeResponse of(ChangeRecord record) {
        return new ChangeResponse(
                record.number(),
                record.time().toString(),
                record.principal(),
                record.route(),
                record.message().orElse(null),
                record.changeRequest().orElse(null),
                record.touched(),
                "/api/changes/" + record.number());
    }
}
