package org.designregistry.server.suspect;

import java.util.List;

/**
 * What a clearing did.
 *
 * @param change the number of the change that records it
 * @param cleared the ids of the links cleared
 */
record ClearResponse(long change, List<String> cleared) {}
