package org.designregistry.server.resource;

import org.designregistry.model.resource.ResourceDraft.LinkInput;

/**
 * A link from a resource to another.
 *
 * @param relation the relation, such as {@code dr:dependsOn}
 * @param target the linked resource: a reference such as {@code artefact:BPM001}, or its IRI
 */
record LinkRequest(String relation, String target) {

    LinkInput toInput() {
        return new LinkInput(relation, target);
    }
}
