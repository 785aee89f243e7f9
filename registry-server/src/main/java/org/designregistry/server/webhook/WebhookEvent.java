package org.designregistry.server.webhook;

import org.designregistry.server.history.ChangeResponse;

/**
 * The JSON body of a webhook delivery: one recorded change, as {@code GET /api/changes} lists it.
 *
 * @param event always {@value #CHANGE_RECORDED}
 * @param id the delivery's id, the same on each retry: {@code change-} and the change's number
 * @param change the change
 */
public record WebhookEvent(String event, String id, ChangeResponse change) {

    /** The event of a recorded change. */
    public static final String CHANGE_RECORDED = "change.recorded";

    /** Returns the event of a change. */
    static WebhookEvent of(ChangeResponse change) {
        return new WebhookEvent(CHANGE_RECORDED, "change-" + change.number(), change);
    }
}
