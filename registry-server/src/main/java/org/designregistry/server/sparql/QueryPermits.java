package org.designregistry.server.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts each client's SPARQL queries in progress (running or waiting for a thread), so that one
 * client cannot take every query thread: a client is the signed-in user, or, for people not signed
 * in, the remote address.
 */
final class QueryPermits {

    /** A query in progress; closing it ends it. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final int perClient;
    private final ConcurrentHashMap<String, Integer> inProgress = new ConcurrentHashMap<>();

    /** Creates permits allowing each client {@code perClient} queries at once (0: no limit). */
    QueryPermits(int perClient) {
        if (perClient < 0) {
            throw new IllegalArgumentException(
                    "registry.sparql.max-queries-per-client must be 0 or more: " + perClient);
        }
        this.perClient = perClient;
    }

    /** Returns the most queries one client may have in progress; 0 for no limit. */
    int perClient() {
        return perClient;
    }

    /** Returns a permit for the request's client, or empty when it has all it may have. */
    Optional<Permit> tryAcquire(HttpServletRequest request) {
        return tryAcquire(clientOf(request));
    }

    /** Returns a permit for {@code client}, or empty when it has all it may have. */
    Optional<Permit> tryAcquire(String client) {
        if (perClient == 0) {
            return Optional.of(() -> {});
        }
        boolean[] granted = {false};
        inProgress.compute(
                client,
                (key, count) -> {
                    int current = count == null ? 0 : count;
                    if (current >= perClient) {
                        return count;
                    }
                    granted[0] = true;
                    return current + 1;
                });
        if (!granted[0]) {
            return Optional.empty();
        }
        return Optional.of(
                () ->
                        inProgress.computeIfPresent(
                                client, (key, count) -> count > 1 ? count - 1 : null));
    }

    private static String clientOf(HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        return user != null ? "user " + user.getName() : "address " + request.getRemoteAddr();
    }
}
