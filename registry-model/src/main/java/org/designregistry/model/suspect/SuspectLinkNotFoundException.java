package org.designregistry.model.suspect;

import java.util.List;
import org.designregistry.model.resource.ResourceNotFoundException;

/** Some of the suspect links asked for are not suspect (cleared already, or never marked). */
public class SuspectLinkNotFoundException extends ResourceNotFoundException {

    private final List<String> ids;

    /** Creates the exception naming the ids that are not suspect links. */
    public SuspectLinkNotFoundException(List<String> ids) {
        super(
                "No suspect link "
                        + String.join(", ", ids)
                        + ": it was cleared already, or never marked; nothing was cleared");
        this.ids = List.copyOf(ids);
    }

    /** Returns the ids that are not suspect links. */
    public List<String> ids() {
        return ids;
    }
}
