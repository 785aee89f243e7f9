package org.designregistry.model.impact;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code GET /api/impact} on a running server (started separately on a synthetic store, see {@code
 * docs/benchmarks.md}), over loopback HTTP: the end-to-end figure of the full report (walk, details
 * of every hit, summary, JSON). Bench profile only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ImpactHttpBenchmark {

    /** The server's base URL. */
    @Param("http://localhost:8080")
    String url;

    /** The reference to start from: the hub and the leaf of the synthetic registry. */
    @Param({"DI-119", "COC001"})
    String from;

    /** The reply's format: json or md. */
    @Param("json")
    String format;

    private HttpClient http;
    private HttpRequest request;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        http = HttpClient.newHttpClient();
        request =
                HttpRequest.newBuilder(
                                URI.create(
                                        url
                                                + "/api/impact?from="
                                                + URLEncoder.encode(from, StandardCharsets.UTF_8)
                                                + "&format="
                                                + format))
                        .build();
        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET "
                            + request.uri()
                            + " answered "
                            + first.statusCode()
                            + ": "
                            + first.body());
        }
        System.out.printf("%n%s: %,d bytes%n", request.uri(), first.body().length());
    }

    @Benchmark
    public int impactOverHttp() throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }
}
