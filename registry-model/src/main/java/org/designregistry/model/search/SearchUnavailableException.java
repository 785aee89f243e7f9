package org.designregistry.model.search;

import org.designregistry.model.RegistryException;

/**
 * Search was asked for while the registry's search index cannot be used (it could not be opened or
 * built); the store itself works. The message says why; {@code registry reindex} rebuilds the index
 * from the store.
 */
public class SearchUnavailableException extends RegistryException {

    /** Creates the exception with why the index cannot be used. */
    public SearchUnavailableException(String message) {
        super(message);
    }
}
