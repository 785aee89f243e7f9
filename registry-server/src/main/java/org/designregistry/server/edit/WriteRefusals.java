package org.designregistry.server.edit;

import java.util.Map;
import java.util.Optional;
import org.designregistry.model.RegistryException;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.TermTooLongException;
import org.designregistry.model.baseline.BaselineWriteRefusedException;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.resource.ResourceExistsException;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.model.resource.StaleVersionException;
import org.designregistry.server.edit.EditPages.Refusal;
import org.springframework.http.HttpStatus;

/**
 * Turns a refused create or delete into what its page shows: the status and the reasons, as the
 * edit form answers a refused save (422 a shape's violation, 409 a clash with what is stored, 403 a
 * decision, which needs an approver, 400 anything else the registry refused).
 *
 * @param status the page's status
 * @param refusal the reasons, placed beside their fields where they have one
 */
record WriteRefusals(HttpStatus status, Refusal refusal) {

    /** Returns how to show a write the registry refused. */
    static WriteRefusals of(RegistryException e) {
        if (e instanceof ShapeViolationException v) {
            return new WriteRefusals(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    new Refusal(
                            Optional.empty(), Map.of(), v.report().violations(), Optional.empty()));
        }
        if (e instanceof StaleVersionException) {
            return notice(
                    HttpStatus.CONFLICT,
                    "Somebody changed this resource after you opened the page, so nothing was"
                            + " changed. Open the page again to see the current version.");
        }
        if (e instanceof ResourceExistsException) {
            return notice(
                    HttpStatus.CONFLICT,
                    "The registry already holds a resource with this identifier: choose another"
                            + " identifier, or edit that resource.");
        }
        if (e instanceof ResourceNotFoundException) {
            return notice(HttpStatus.NOT_FOUND, e.getMessage());
        }
        if (e instanceof DecisionWriteRefusedException d) {
            return notice(
                    HttpStatus.FORBIDDEN,
                    "Recording, changing or deleting decisions needs the approver role: this"
                            + " alters "
                            + d.describeDecisions()
                            + ", so nothing was changed.");
        }
        if (e instanceof BaselineWriteRefusedException) {
            return notice(HttpStatus.CONFLICT, e.getMessage());
        }
        if (e instanceof TermTooLongException) {
            return notice(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        }
        return notice(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static WriteRefusals notice(HttpStatus status, String text) {
        return new WriteRefusals(status, Refusal.notice(text));
    }
}
