package org.designregistry.server.changerequest;

import java.util.List;
import org.designregistry.model.changerequest.AwaitingItem;
import org.designregistry.server.changerequest.ChangeRequestResponse.Party;

/**
 * An impacted item the signed-in person has still to triage.
 *
 * @param changeRequest the change request's identifier
 * @param title its title
 * @param deadline the day it must be answered by, or null
 * @param item the item
 * @param path why the change reaches it
 * @param parties the parties they answer for that own or produced it
 * @param page the change request's page
 */
public record AwaitingResponse(
        String changeRequest,
        String title,
        String deadline,
        Party item,
        String path,
        List<Party> parties,
        String page) {

    static AwaitingResponse of(AwaitingItem a) {
        return new AwaitingResponse(
                a.changeRequest(),
                a.title(),
                a.deadline().map(Object::toString).orElse(null),
                Party.of(a.item().resource()),
                a.item().path(),
                Party.of(a.parties()),
                ChangeRequestPaths.page(a.changeRequest()));
    }
}
