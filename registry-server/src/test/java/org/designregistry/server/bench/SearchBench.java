package org.designregistry.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.search.RegistrySearch;
import org.designregistry.model.search.SearchFacet;
import org.designregistry.model.search.SearchQuery;
import org.designregistry.model.synthetic.SyntheticRegistry;
import org.designregistry.server.RegistryApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The search benchmark: index build time, and p50/p99 latency of a mix of searches in process and
 * over HTTP, on the MHHS sample and on registries a multiple of its size. Not a test: it runs only
 * with {@code ./mvnw -B -ntp -Pbench test -pl registry-server -am} (scales from {@code
 * -Dbench.scales=1,100}, rounds from {@code -Dbench.warmup=200 -Dbench.rounds=300}) and writes
 * {@code target/bench/search.md}. The registries come from the generator the impact benchmarks use,
 * {@link SyntheticRegistry}, over the MHHS sample with seed {@value #SEED}.
 */
class SearchBench {

    private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup", 200);
    private static final int MEASURED_ROUNDS = Integer.getInteger("bench.rounds", 300);
    private static final int BUILDS = 3;
    private static final long SEED = 42;
    private static final String SAMPLE = "samples/mhhs/manifest.ttl";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir Path dir;

    /** One kind of search, run the same way in process and over HTTP. */
    record Case(String name, Supplier<SearchQuery> query, String suggest, String path) {

        static Case search(String name, SearchQuery query, String path) {
            return new Case(name, () -> query, null, path);
        }

        static Case suggest(String name, String typed) {
            return new Case(name, null, typed, "/api/suggest?q=" + encode(typed));
        }

        void run(RegistrySearch search) {
            if (suggest != null) {
                search.suggest(suggest, 10);
            } else {
                search.search(query.get());
            }
        }
    }

    private static List<Case> cases() {
        return List.of(
                Case.search(
                        "identifier `IF-041`", SearchQuery.of("IF-041"), "/api/search?q=IF-041"),
                Case.search(
                        "loose identifier `if 41`",
                        SearchQuery.of("if 41"),
                        "/api/search?q=" + encode("if 41")),
                Case.search(
                        "word `settlement`",
                        SearchQuery.of("settlement"),
                        "/api/search?q=settlement"),
                Case.search(
                        "words `change of supplier`",
                        SearchQuery.of("change of supplier"),
                        "/api/search?q=" + encode("change of supplier")),
                Case.search(
                        "phrase `\"settlement period\"`",
                        SearchQuery.of("\"settlement period\""),
                        "/api/search?q=" + encode("\"settlement period\"")),
                Case.search(
                        "typo `apointment`",
                        SearchQuery.of("apointment"),
                        "/api/search?q=apointment"),
                Case.search(
                        "prefix `settl*`",
                        SearchQuery.of("settl*"),
                        "/api/search?q=" + encode("settl*")),
                Case.search(
                        "`meter` + type=Interface",
                        SearchQuery.of("meter").filter(SearchFacet.TYPE, "Interface"),
                        "/api/search?q=meter&type=Interface"),
                Case.search(
                        "browse workstream=Registrations",
                        SearchQuery.of("").filter(SearchFacet.WORKSTREAM, "Registrations"),
                        "/api/search?workstream=Registrations"),
                Case.suggest("suggest `IF-04`", "IF-04"),
                Case.suggest("suggest `change of s`", "change of s"));
    }

    @Test
    void measure() throws Exception {
        List<Integer> scales =
                Arrays.stream(System.getProperty("bench.scales", "1,100").split(","))
                        .map(s -> Integer.parseInt(s.strip()))
                        .toList();
        StringBuilder report = new StringBuilder();
        report.append(Machine.describe()).append('\n');
        Map<String, Map<Integer, String>> rows = new LinkedHashMap<>();
        List<String> builds = new ArrayList<>();
        for (int scale : scales) {
            Path data = dir.resolve("x" + scale);
            long loadStart = System.nanoTime();
            int resources;
            long triples;
            try (Registry registry = Registries.connect(data)) {
                populate(registry, scale);
                resources = registry.search().size();
                triples = registry.size();
            }
            double load = seconds(System.nanoTime() - loadStart);
            double[] build = new double[BUILDS];
            Map<String, long[]> inProcess;
            try (Registry registry = Registries.connect(data)) {
                for (int i = 0; i < BUILDS; i++) {
                    long start = System.nanoTime();
                    registry.search().rebuild();
                    build[i] = seconds(System.nanoTime() - start);
                }
                inProcess = measure(c -> c.run(registry.search()));
            }
            Map<String, long[]> overHttp;
            try (ConfigurableApplicationContext server = start(data)) {
                String base =
                        "http://localhost:"
                                + server.getEnvironment().getProperty("local.server.port");
                overHttp = measure(c -> get(base + c.path()));
            }
            Arrays.sort(build);
            builds.add(
                    String.format(
                            Locale.ROOT,
                            "| %dx | %,d | %,d | %.1f s | %.2f s (min %.2f, max %.2f) |",
                            scale,
                            triples,
                            resources,
                            load,
                            build[BUILDS / 2],
                            build[0],
                            build[BUILDS - 1]));
            for (Case c : cases()) {
                rows.computeIfAbsent(c.name(), k -> new LinkedHashMap<>())
                        .put(scale, cells(inProcess.get(c.name()), overHttp.get(c.name())));
            }
            rows.computeIfAbsent("**all of the above**", k -> new LinkedHashMap<>())
                    .put(scale, cells(all(inProcess), all(overHttp)));
        }
        report.append(
                        "\n| Scale | Triples | Resources | Load with indexing | Index rebuild (median of ")
                .append(BUILDS)
                .append(") |\n|---|---|---|---|---|\n");
        builds.forEach(b -> report.append(b).append('\n'));
        report.append("\nLatency in ms, p50 / p99, ")
                .append(MEASURED_ROUNDS)
                .append(" runs of each search after ")
                .append(WARM_UP_ROUNDS)
                .append(" warm-up rounds; one client thread.\n\n| Search |");
        for (int scale : scales) {
            report.append(" ")
                    .append(scale)
                    .append("x in process | ")
                    .append(scale)
                    .append("x HTTP |");
        }
        report.append("\n|---|");
        scales.forEach(s -> report.append("---|---|"));
        report.append('\n');
        rows.forEach(
                (name, perScale) -> {
                    report.append("| ").append(name).append(" |");
                    scales.forEach(s -> report.append(perScale.get(s)));
                    report.append('\n');
                });
        Path out = Path.of("target", "bench", "search.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /** Writes the MHHS sample at {@code scale} times its size into the registry, in one commit. */
    private static void populate(Registry registry, int scale) {
        Graph sample = GraphMemFactory.createDefaultGraph();
        for (RdfSource source : RdfSource.classpathManifest(SAMPLE)) {
            source.parse().find().forEach(sample::add);
        }
        Graph synthetic = SyntheticRegistry.from(sample).scale(scale).seed(SEED).toGraph();
        DatasetGraph dataset = registry.dataset();
        Txn.executeWrite(dataset, () -> synthetic.find().forEach(dataset.getDefaultGraph()::add));
    }

    private interface Runner {
        void run(Case c) throws Exception;
    }

    private Map<String, long[]> measure(Runner runner) throws Exception {
        List<Case> cases = cases();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (Case c : cases) {
                runner.run(c);
            }
        }
        Map<String, long[]> nanos = new LinkedHashMap<>();
        cases.forEach(c -> nanos.put(c.name(), new long[MEASURED_ROUNDS]));
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (Case c : cases) {
                long start = System.nanoTime();
                runner.run(c);
                nanos.get(c.name())[round] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    private void get(String uri) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(URI.create(uri)).build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(RegistryApplication.class)
                .run(
                        "--registry.data=" + data,
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--logging.level.org.apache.jena=WARN");
    }

    private static long[] all(Map<String, long[]> nanos) {
        return nanos.values().stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static String cells(long[] inProcess, long[] http) {
        return " " + percentiles(inProcess) + " | " + percentiles(http) + " |";
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "%.2f / %.2f",
                sorted[(int) Math.ceil(sorted.length * 0.50) - 1] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
