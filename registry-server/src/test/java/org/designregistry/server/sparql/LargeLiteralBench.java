package org.designregistry.server.sparql;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.UpdateFactory;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.server.RegistryApplication;
import org.designregistry.server.security.TokenHashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The large-literal benchmark: one triple whose literal is {@code -Dbench.literal-mb} MB (default
 * 9.4), written over HTTP by SPARQL Update (as a body and as a form) and by the Graph Store
 * Protocol, side by side in one run, on a server over the MHHS sample; and the update parsed in
 * process by Jena's own parser and by {@link UpdateParsing}. While each large write runs, a small
 * update is sent, to show whether writers wait behind the large one. Not a test: it runs only with
 * {@code ./mvnw -B -ntp -Pbench test -pl registry-server -am -Dtest=LargeLiteralBench} and writes
 * {@code target/bench/large-literal.md}. Each write is undone (not timed) before the next.
 */
class LargeLiteralBench {

    private static final int ROUNDS = Integer.getInteger("bench.literal-rounds", 3);
    private static final double MEGABYTES =
            Double.parseDouble(System.getProperty("bench.literal-mb", "9.4"));
    private static final String TOKEN = "a-bench-token";
    private static final String SUBJECT = "https://registry.mhhs.example/id/bench/big";
    private static final String PREDICATE = "http://purl.org/dc/terms/description";

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpRequest.Builder small;

    @TempDir Path dir;

    @Test
    void measure() throws Exception {
        String literal = literal((int) (MEGABYTES * 1_000_000));
        String triple = "<" + SUBJECT + "> <" + PREDICATE + "> \"" + literal + "\" .";
        String insert = "INSERT DATA { " + triple + " }";
        String delete = "DELETE DATA { " + triple + " }";
        try (Registry registry = Registries.connect(dir)) {
            registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
        }
        StringBuilder report = new StringBuilder(machine()).append("\n\n");
        report.append(
                String.format(
                        Locale.ROOT,
                        "One triple with a literal of %,d characters; %d rounds, each undone"
                                + " before the next.%n%n",
                        literal.length(),
                        ROUNDS));
        report.append(
                "| write | times (s) | median (s) | a small update sent 0.3 s into it, median"
                        + " (s) |\n|---|---|---|---|\n");
        try (ConfigurableApplicationContext app = start(dir)) {
            String base =
                    "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            HttpRequest.Builder undo = post(base + "/sparql", "application/sparql-update", delete);
            small =
                    post(
                            base + "/sparql",
                            "application/sparql-update",
                            "INSERT DATA { <urn:bench:small> <urn:bench:p> \"meanwhile\" } ;"
                                    + " DELETE DATA { <urn:bench:small> <urn:bench:p>"
                                    + " \"meanwhile\" }");
            row(
                    report,
                    "SPARQL Update, `application/sparql-update` body",
                    () -> post(base + "/sparql", "application/sparql-update", insert),
                    undo);
            row(
                    report,
                    "SPARQL Update, form `update=`",
                    () ->
                            post(
                                    base + "/sparql",
                                    "application/x-www-form-urlencoded",
                                    "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)),
                    undo);
            row(
                    report,
                    "Graph Store, `POST /data?default` (Turtle)",
                    () -> post(base + "/data?default", "text/turtle", triple),
                    undo);
        }
        report.append('\n').append("| parse in process | time (s) |\n|---|---|\n");
        report.append(
                String.format(
                        Locale.ROOT,
                        "| `UpdateParsing.parse` (buffer sized to the update) | %.2f |%n",
                        time(() -> UpdateParsing.parse(insert, "http://x/", new UsingList()))));
        report.append(
                String.format(
                        Locale.ROOT,
                        "| Jena's `UpdateFactory.create` (ARQ syntax, as Fuseki parsed) | %.2f |%n",
                        time(() -> UpdateFactory.create(insert, Syntax.syntaxARQ))));
        Path out = Path.of("target", "bench", "large-literal.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    private void row(
            StringBuilder report,
            String name,
            Supplier<HttpRequest.Builder> write,
            HttpRequest.Builder undo)
            throws IOException, InterruptedException {
        double[] seconds = new double[ROUNDS];
        double[] meanwhile = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            HttpRequest request = write.get().build();
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<String>> big =
                    http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            long smallStart = System.nanoTime();
            expect(http.send(small.build(), HttpResponse.BodyHandlers.ofString()));
            meanwhile[i] = (System.nanoTime() - smallStart) / 1e9;
            expect(big.join());
            seconds[i] = (System.nanoTime() - start) / 1e9;
            expect(http.send(undo.build(), HttpResponse.BodyHandlers.ofString()));
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        Arrays.sort(meanwhile);
        StringBuilder times = new StringBuilder();
        for (double s : seconds) {
            times.append(times.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%.2f", s));
        }
        report.append(
                String.format(
                        Locale.ROOT,
                        "| %s | %s | %.2f | %.2f |%n",
                        name,
                        times,
                        sorted[sorted.length / 2],
                        meanwhile[meanwhile.length / 2]));
    }

    private static void expect(HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    "answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static HttpRequest.Builder post(String uri, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static double time(Runnable parse) {
        long start = System.nanoTime();
        parse.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Returns text of {@code length} characters, words and spaces, with nothing to escape. */
    private static String literal(int length) {
        String words = "the meter point registration changes hands at the boundary ";
        StringBuilder text = new StringBuilder(length + words.length());
        while (text.length() < length) {
            text.append(words);
        }
        text.setLength(length);
        return text.toString();
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(RegistryApplication.class)
                .run(
                        "--registry.data=" + data,
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--registry.limits.max-body-size=64MB",
                        "--registry.limits.max-literal-length=16000000",
                        "--server.tomcat.max-http-form-post-size=64MB",
                        "--server.tomcat.max-swallow-size=64MB",
                        "--registry.security.tokens[0].name=bench",
                        "--registry.security.tokens[0].hash=" + TokenHashes.hash(TOKEN),
                        "--registry.security.tokens[0].roles=editor",
                        "--logging.level.root=WARN",
                        "--logging.level.org.apache.jena=WARN");
    }

    private static String machine() {
        long memory =
                ((com.sun.management.OperatingSystemMXBean)
                                ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize();
        return String.format(
                Locale.ROOT,
                "Machine: %d cores (nproc), %.0f GiB memory, %s %s, max heap %.1f GiB.",
                Runtime.getRuntime().availableProcessors(),
                memory / (1024.0 * 1024 * 1024),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024));
    }
}
