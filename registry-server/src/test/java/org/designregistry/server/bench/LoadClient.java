package org.designregistry.server.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.designregistry.server.bench.BenchHttp.Reply;
import org.designregistry.server.bench.ConcurrentLoad.Operation;

/**
 * One client of the concurrent load: sends one request after another until the end, each chosen at
 * random from the mix, and records those that start after the warm-up. Its writes create and
 * replace resources of its own, so that they never conflict with another client's.
 */
final class LoadClient implements Runnable {

    /** The searches of the mix: identifiers, words, a phrase, a prefix, a typo, a facet. */
    private static final List<String> SEARCHES =
            List.of(
                    "IF-041",
                    "if 41",
                    "settlement",
                    "change of supplier",
                    "\"settlement period\"",
                    "apointment",
                    "settl*",
                    "meter&type=Interface",
                    "&workstream=Registrations",
                    "DI-037");

    private final String prefix;
    private final JarServer server;
    private final BenchHttp http;
    private final List<String> refs;
    private final double writeShare;
    private final Random random;
    private final long measureFrom;
    private final long end;
    private final LoadRecord record;
    private final List<String> own = new ArrayList<>();
    private final Map<String, String> etags = new HashMap<>();

    LoadClient(
            String prefix,
            JarServer server,
            BenchHttp http,
            List<String> refs,
            double writeShare,
            long seed,
            long measureFrom,
            long end,
            LoadRecord record) {
        this.prefix = prefix;
        this.server = server;
        this.http = http;
        this.refs = refs;
        this.writeShare = writeShare;
        this.random = new Random(seed);
        this.measureFrom = measureFrom;
        this.end = end;
        this.record = record;
    }

    @Override
    public void run() {
        while (System.nanoTime() < end) {
            Operation operation = next();
            long start = System.nanoTime();
            Reply reply = send(operation);
            // Every request started in the measured time counts, however late it ends: leaving
            // out those that end after it would leave out the slowest.
            if (start >= measureFrom) {
                record.of(operation).record(reply);
            }
        }
    }

    private Operation next() {
        if (random.nextDouble() < writeShare) {
            return own.isEmpty() || random.nextBoolean() ? Operation.CREATE : Operation.REPLACE;
        }
        return switch (random.nextInt(3)) {
            case 0 -> Operation.GET_RESOURCE;
            case 1 -> Operation.SEARCH;
            default -> Operation.IMPACT;
        };
    }

    private Reply send(Operation operation) {
        return switch (operation) {
            case GET_RESOURCE -> get("/api/resources/" + encode(anyRef()));
            case SEARCH -> get("/api/search?q=" + search());
            case IMPACT -> get("/api/impact?from=" + encode(anyRef()));
            case CREATE -> create();
            case REPLACE -> replace();
        };
    }

    private Reply get(String pathAndQuery) {
        return http.send(BenchHttp.request(server.uri(pathAndQuery)));
    }

    private Reply create() {
        String id = prefix + (own.size() + 1);
        Reply reply =
                http.send(
                        write(BenchHttp.request(server.uri("/api/resources")))
                                .POST(body(id, id + " created")));
        if (reply.succeeded()) {
            own.add(id);
            etags.put(id, reply.header("ETag").orElseThrow());
        }
        return reply;
    }

    private Reply replace() {
        String id = own.get(random.nextInt(own.size()));
        Reply reply =
                http.send(
                        write(BenchHttp.request(server.uri("/api/resources/artefact:" + id)))
                                .header("If-Match", etags.get(id))
                                .PUT(body(id, id + " at " + System.nanoTime())));
        reply.header("ETag").ifPresent(etag -> etags.put(id, etag));
        return reply;
    }

    private HttpRequest.Builder write(HttpRequest.Builder request) {
        return request.header("Authorization", server.users().bearer())
                .header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher body(String id, String label) {
        return HttpRequest.BodyPublishers.ofString(KillWriter.artefact(id, label));
    }

    private String anyRef() {
        return refs.get(random.nextInt(refs.size()));
    }

    /** Returns a search's query string: its text encoded, and any facet filter as it is. */
    private String search() {
        String search = SEARCHES.get(random.nextInt(SEARCHES.size()));
        int filter = search.indexOf('&');
        return filter < 0
                ? encode(search)
                : encode(search.substring(0, filter)) + search.substring(filter);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
