package org.designregistry.server.bench;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.designregistry.server.bench.BenchHttp.Reply;

/**
 * One writer of a kill trial: creates artefacts and replaces the labels of those it created,
 * through the REST API with the editor's token, one request at a time, until the server goes away.
 * It notes, per resource, the last label the server acknowledged and the label of a write whose
 * reply never came. Its state is read only after its thread has finished.
 */
final class KillWriter implements Runnable {

    private final String prefix;
    private final JarServer server;
    private final BenchHttp http;
    private final AtomicBoolean stop;
    private final Random random;
    private final CountDownLatch firstAcknowledged;
    private final Map<String, Written> written = new LinkedHashMap<>();
    private final List<String> acknowledgedIds = new ArrayList<>();
    private long creates;
    private long updates;
    private String lastCreated;

    KillWriter(
            String prefix,
            JarServer server,
            BenchHttp http,
            AtomicBoolean stop,
            CountDownLatch firstAcknowledged,
            long seed) {
        this.prefix = prefix;
        this.firstAcknowledged = firstAcknowledged;
        this.server = server;
        this.http = http;
        this.stop = stop;
        this.random = new Random(seed);
    }

    /** What one resource should hold. */
    private static final class Written {
        final List<String> acknowledgedLabels = new ArrayList<>();
        String acknowledged;
        String inFlight;
        String etag;
        int revision;
    }

    @Override
    public void run() {
        while (!stop.get()) {
            boolean create = acknowledgedIds.isEmpty() || random.nextInt(3) > 0;
            if (!(create ? create() : update())) {
                return;
            }
        }
    }

    /** Creates the next resource; returns false when no reply came. */
    private boolean create() {
        String id = prefix + (written.size() + 1);
        Written w = new Written();
        w.inFlight = id + " created";
        written.put(id, w);
        Reply reply =
                http.send(
                        BenchHttp.request(server.uri("/api/resources"))
                                .header("Authorization", server.users().bearer())
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                artefact(id, w.inFlight))));
        if (acknowledge(w, reply)) {
            creates++;
            acknowledgedIds.add(id);
            lastCreated = id;
        }
        return reply.status() != BenchHttp.NO_REPLY;
    }

    /** Replaces the label of one of this writer's resources; returns false when no reply came. */
    private boolean update() {
        String id = acknowledgedIds.get(random.nextInt(acknowledgedIds.size()));
        Written w = written.get(id);
        w.inFlight = id + " rev " + (++w.revision);
        Reply reply =
                http.send(
                        BenchHttp.request(server.uri("/api/resources/artefact:" + id))
                                .header("Authorization", server.users().bearer())
                                .header("Content-Type", "application/json")
                                .header("If-Match", w.etag)
                                .PUT(
                                        HttpRequest.BodyPublishers.ofString(
                                                artefact(id, w.inFlight))));
        if (acknowledge(w, reply)) {
            updates++;
        }
        return reply.status() != BenchHttp.NO_REPLY;
    }

    private boolean acknowledge(Written w, Reply reply) {
        if (reply.succeeded()) {
            firstAcknowledged.countDown();
            w.acknowledged = w.inFlight;
            w.acknowledgedLabels.add(w.inFlight);
            w.inFlight = null;
            w.etag = reply.header("ETag").orElseThrow();
            return true;
        }
        if (reply.status() != BenchHttp.NO_REPLY) {
            // Refused: nothing was stored, so nothing is in flight either.
            w.inFlight = null;
        }
        return false;
    }

    /**
     * Counts the acknowledged writes that {@code labels} (identifier to label, as the store holds
     * them) lacks: a resource missing, or holding neither its acknowledged label nor the one in
     * flight at the kill.
     */
    long lost(Map<String, String> labels) {
        long lost = 0;
        for (Map.Entry<String, Written> entry : written.entrySet()) {
            Written w = entry.getValue();
            String held = labels.get(entry.getKey());
            if (w.acknowledged != null
                    && !w.acknowledged.equals(held)
                    && (w.inFlight == null || !w.inFlight.equals(held))) {
                lost++;
            }
        }
        return lost;
    }

    /** Returns, per resource identifier, every label a write of it was acknowledged with. */
    Map<String, List<String>> acknowledgedLabels() {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        written.forEach((id, w) -> labels.put(id, List.copyOf(w.acknowledgedLabels)));
        return labels;
    }

    /** Returns the label of the write of {@code id} whose reply never came, or null. */
    String inFlight(String id) {
        Written w = written.get(id);
        return w == null ? null : w.inFlight;
    }

    long creates() {
        return creates;
    }

    long updates() {
        return updates;
    }

    long acknowledged() {
        return creates + updates;
    }

    /** Returns the number of writes whose reply never came: the server died during them. */
    long inFlight() {
        return written.values().stream().filter(w -> w.inFlight != null).count();
    }

    /** Returns the identifier of the last resource whose creation was acknowledged, or null. */
    String lastCreated() {
        return lastCreated;
    }

    /** Returns the JSON body of an artefact with this identifier and label. */
    static String artefact(String id, String label) {
        return """
                {"kind": "artefact", "identifier": "%s", "label": "%s",
                 "properties": [
                   {"property": "dcterms:title", "value": "Reliability bench artefact"},
                   {"property": "dr:artefactType", "iri": "drtype:ProcessList"},
                   {"property": "dr:status", "iri": "drstatus:Draft"}],
                 "links": [{"relation": "dr:ownedBy", "target": "workstream:Smart"}]}
                """
                .formatted(id, label);
    }
}
