package org.designregistry.server.bench;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designregistry.server.bench.BenchHttp.Reply;

/**
 * Checks a kill trial's change records against its writes, after the restart: every acknowledged
 * write has a record that added its label, and no record lacks its write (each record's label is
 * one its writer sent, and the newest record of each resource holds the label the store holds). The
 * records are read with SPARQL from the history graph, their RDF Patches parsed for the {@code
 * rdfs:label} they added.
 */
final class ChangeRecordCheck {

    private static final Pattern ADDED_LABEL =
            Pattern.compile(
                    "^A <[^>]*/artefact/([^>]+)> <http://www.w3.org/2000/01/rdf-schema#label>"
                            + " \"([^\"]*)\"",
                    Pattern.MULTILINE);

    /**
     * The outcome.
     *
     * @param records the trial's change records
     * @param writesWithoutRecord acknowledged writes no record added
     * @param recordsWithoutWrite records whose write the store does not hold, or that no writer
     *     sent
     */
    record Outcome(int records, long writesWithoutRecord, long recordsWithoutWrite) {}

    private ChangeRecordCheck() {}

    /**
     * Checks the records of the trial whose identifiers start with {@code prefix}.
     *
     * @param held identifier to label, as the store holds them after the restart
     */
    static Outcome check(
            JarServer server,
            BenchHttp http,
            String prefix,
            List<KillWriter> writers,
            Map<String, String> held) {
        Map<String, Map<Long, String>> recorded = recordedLabels(server, http, prefix);
        long writesWithoutRecord = 0;
        long recordsWithoutWrite = 0;
        int records = 0;
        for (KillWriter writer : writers) {
            for (Map.Entry<String, List<String>> e : writer.acknowledgedLabels().entrySet()) {
                String id = e.getKey();
                Map<Long, String> byNumber = recorded.getOrDefault(id, Map.of());
                Set<String> labels = new HashSet<>(byNumber.values());
                for (String label : e.getValue()) {
                    if (!labels.contains(label)) {
                        writesWithoutRecord++;
                    }
                }
                Set<String> sent = new HashSet<>(e.getValue());
                if (writer.inFlight(id) != null) {
                    sent.add(writer.inFlight(id));
                }
                for (String label : byNumber.values()) {
                    records++;
                    if (!sent.contains(label)) {
                        recordsWithoutWrite++;
                    }
                }
                long newest = byNumber.keySet().stream().mapToLong(n -> n).max().orElse(-1);
                if (newest >= 0 && !byNumber.get(newest).equals(held.get(id))) {
                    recordsWithoutWrite++;
                }
            }
        }
        return new Outcome(records, writesWithoutRecord, recordsWithoutWrite);
    }

    /** Returns, per identifier, the label each recorded change added, by change number. */
    private static Map<String, Map<Long, String>> recordedLabels(
            JarServer server, BenchHttp http, String prefix) {
        String query =
                "SELECT ?n ?patch { GRAPH <urn:x-design-registry:changes> {"
                        + " ?c <http://purl.org/dc/terms/identifier> ?n ;"
                        + " <https://w3id.org/design-registry#patch> ?patch ;"
                        + " <http://www.w3.org/ns/prov#used> ?r }"
                        + " FILTER(CONTAINS(STR(?r), \"/artefact/"
                        + prefix
                        + "\")) }";
        Reply reply =
                http.send(
                        BenchHttp.request(
                                        server.uri(
                                                "/sparql?query="
                                                        + URLEncoder.encode(
                                                                query, StandardCharsets.UTF_8)))
                                .header("Accept", "application/sparql-results+json"));
        if (reply.status() != 200) {
            throw new IllegalStateException("Reading the change records failed: " + reply);
        }
        List<Map<String, Map<String, String>>> rows =
                JsonPath.parse(reply.body()).read("$.results.bindings");
        Map<String, Map<Long, String>> recorded = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (Map<String, Map<String, String>> row : rows) {
            long number = Long.parseLong(row.get("n").get("value"));
            if (!seen.add(number)) {
                continue; // one row per touched resource
            }
            Matcher added = ADDED_LABEL.matcher(row.get("patch").get("value"));
            while (added.find()) {
                if (added.group(1).startsWith(prefix)) {
                    recorded.computeIfAbsent(added.group(1), id -> new HashMap<>())
                            .put(number, added.group(2));
                }
            }
        }
        return recorded;
    }
}
