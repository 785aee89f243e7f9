package org.designregistry.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.synthetic.SyntheticRegistry;
import org.designregistry.server.RegistryApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The pages benchmark: time and bytes of each page a person opens (home, validation, browse,
 * search, a resource, the traceability matrix and its pages, the gaps and one check's gaps) over
 * HTTP, one request at a time, on registries a multiple of the MHHS sample's size. Not a test: it
 * runs only with {@code ./mvnw -B -ntp -Pbench test -pl registry-server -am -Dtest=PagesBench}
 * (scales from {@code -Dbench.scales=1,100}; {@code -Dpages.rounds=20} measured views of each page
 * after 3 unmeasured ones) and writes {@code target/bench/pages.md}.
 */
class PagesBench {

    private static final int ROUNDS = Integer.getInteger("pages.rounds", 20);
    private static final int WARM_UP = 3;
    private static final long SEED = 42;

    private static final List<String> PAGES =
            List.of(
                    "/",
                    "/browse",
                    "/browse/requirement?status=Draft",
                    "/search?q=settlement",
                    "/resource/data-item/DI-037",
                    "/trace/matrix?rows=requirement&cols=process",
                    "/trace/matrix?rows=requirement&cols=process&page=3&colpage=7",
                    "/trace/matrix?rows=process&cols=data-item&via=dr:uses+dr:carries",
                    "/trace/gaps",
                    "/trace/gaps?check=unsatisfied-requirements&page=2",
                    "/impact?from=DI-119");

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir Path dir;

    @Test
    void measuresThePages() throws Exception {
        List<Integer> scales =
                Arrays.stream(System.getProperty("bench.scales", "1,100").split(","))
                        .map(s -> Integer.parseInt(s.strip()))
                        .toList();
        StringBuilder report = new StringBuilder(Machine.describe()).append('\n');
        for (int scale : scales) {
            Path data = dir.resolve("x" + scale);
            long triples;
            try (Registry registry = Registries.connect(data)) {
                populate(registry, scale);
                triples = registry.size();
            }
            try (ConfigurableApplicationContext server = start(data)) {
                String base =
                        "http://localhost:"
                                + server.getEnvironment().getProperty("local.server.port");
                report.append(
                                String.format(
                                        Locale.ROOT,
                                        "\n### %dx (%,d triples)\n\nFirst view of the home page"
                                                + " after start: %.2f s.\n\n",
                                        scale,
                                        triples,
                                        get(base + "/")[0] / 1e9))
                        .append("| Page | Status | Bytes | p50 | max |\n|---|---|---|---|---|\n");
                for (String page : PAGES) {
                    for (int i = 0; i < WARM_UP; i++) {
                        get(base + page);
                    }
                    long[] nanos = new long[ROUNDS];
                    long[] last = null;
                    for (int i = 0; i < ROUNDS; i++) {
                        last = get(base + page);
                        nanos[i] = last[0];
                    }
                    Arrays.sort(nanos);
                    report.append(
                            String.format(
                                    Locale.ROOT,
                                    "| `%s` | %d | %,d | %.0f ms | %.0f ms |%n",
                                    page,
                                    last[2],
                                    last[1],
                                    nanos[ROUNDS / 2] / 1e6,
                                    nanos[ROUNDS - 1] / 1e6));
                }
            }
        }
        report.append("\nLoad average at the end: ").append(Machine.loadAverage()).append('\n');
        Path out = Path.of("target", "bench", "pages.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /** Returns the time in nanoseconds, the bytes and the status of one view of a page. */
    private long[] get(String uri) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> reply =
                http.send(
                        HttpRequest.newBuilder(URI.create(uri)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        return new long[] {System.nanoTime() - start, reply.body().length, reply.statusCode()};
    }

    /** Writes the MHHS sample at {@code scale} times its size into the registry, in one commit. */
    private static void populate(Registry registry, int scale) {
        Graph sample = GraphMemFactory.createDefaultGraph();
        for (RdfSource source : RdfSource.classpathManifest("samples/mhhs/manifest.ttl")) {
            source.parse().find().forEach(sample::add);
        }
        Graph synthetic = SyntheticRegistry.from(sample).scale(scale).seed(SEED).toGraph();
        DatasetGraph dataset = registry.dataset();
        Txn.executeWrite(dataset, () -> synthetic.find().forEach(dataset.getDefaultGraph()::add));
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(RegistryApplication.class)
                .run(
                        "--registry.data=" + data,
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--logging.level.org.apache.jena=WARN");
    }
}
