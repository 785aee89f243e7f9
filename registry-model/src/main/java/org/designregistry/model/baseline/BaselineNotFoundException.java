package org.designregistry.model.baseline;

import org.designregistry.model.resource.ResourceNotFoundException;

/** No frozen baseline has the name asked for; the message names it. */
public class BaselineNotFoundException extends ResourceNotFoundException {

    /** Creates the exception for the name asked for. */
    public BaselineNotFoundException(String name) {
        super("No baseline is named '" + name + "'; GET /api/baselines lists them");
    }
}
