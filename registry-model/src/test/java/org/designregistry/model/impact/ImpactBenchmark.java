package org.designregistry.model.impact;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Impact analysis in process, at 1x, 10x and 100x the MHHS sample: the index walk with a path for
 * every hit (hub and leaf), the full report with owners and approvals, and ARQ's property path over
 * the same relations and the same TDB2 store (which returns the set only). Sample mode gives p50
 * and other percentiles. Run with {@code ./mvnw -Pbench -pl registry-model -am verify}, see {@code
 * docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx12g", "-Xms4g"})
public class ImpactBenchmark {

    @Param({"1", "10", "100"})
    int scale;

    ImpactBenchmarkFixture fixture;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        fixture = new ImpactBenchmarkFixture(scale);
        System.out.printf(
                "%nscale %d: %,d triples, hub %s (%,d downstream), leaf %s (%,d downstream),"
                        + " ARQ finds %,d from the hub%n",
                scale,
                fixture.triples,
                fixture.hub,
                fixture.hubHits,
                fixture.leaf,
                fixture.leafHits,
                fixture.arq(fixture.hub));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public int hubWalkWithPaths() {
        return fixture.walk(fixture.hub).hits().size();
    }

    @Benchmark
    public int leafWalkWithPaths() {
        return fixture.walk(fixture.leaf).hits().size();
    }

    @Benchmark
    public int hubFullReport() {
        return fixture.report(fixture.hub).hits().size();
    }

    @Benchmark
    public int hubArqPropertyPath() throws Exception {
        return fixture.arq(fixture.hub);
    }

    @Benchmark
    public int leafArqPropertyPath() throws Exception {
        return fixture.arq(fixture.leaf);
    }
}
