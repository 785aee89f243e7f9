package org.designregistry.server.suspect;

import java.util.List;

/**
 * Suspect links to clear after review, with one comment for all of them.
 *
 * @param ids the links' ids
 * @param comment why they may stand
 */
record ClearRequest(List<String> ids, String comment) {}
