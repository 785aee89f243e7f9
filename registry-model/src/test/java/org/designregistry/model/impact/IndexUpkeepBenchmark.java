package org.designregistry.model.impact;

import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.RegistryOntology;
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
 * The impact index after a single-resource write, at the MHHS sample's scales: before each call,
 * one commit relabels the leaf and adds (or, every other time, removes) its {@code dr:dependsOn}
 * link to the hub. {@code upkeepAfterOneWrite} asks for the index, which follows the commit's
 * changes; {@code rebuildAfterOneWrite} builds it from the store, as every analysis after a write
 * did before. Run with {@code -Djmh.args="IndexUpkeepBenchmark -p scale=100"}, see {@code
 * docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx12g", "-Xms4g"})
public class IndexUpkeepBenchmark {

    @Param({"1", "10", "100"})
    int scale;

    ImpactBenchmarkFixture fixture;
    private Triple link;
    private Node leaf;
    private int writes;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = new ImpactBenchmarkFixture(scale);
        leaf = NodeFactory.createURI(fixture.leaf);
        link = Triple.create(leaf, DR.dependsOn.asNode(), NodeFactory.createURI(fixture.hub));
    }

    /** One single-resource write, committed before each call and not timed. */
    @Setup(Level.Invocation)
    public void write() {
        DatasetGraph dataset = fixture.registry.dataset();
        int n = writes++;
        Txn.executeWrite(
                dataset,
                () -> {
                    var data = dataset.getDefaultGraph();
                    data.remove(leaf, RDFS.label.asNode(), Node.ANY);
                    data.add(leaf, RDFS.label.asNode(), NodeFactory.createLiteralString("w" + n));
                    if (n % 2 == 0) {
                        data.add(link);
                    } else {
                        data.delete(link);
                    }
                });
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public int upkeepAfterOneWrite() {
        return fixture.impact.index().edgeCount();
    }

    @Benchmark
    public int rebuildAfterOneWrite() {
        DatasetGraph dataset = fixture.registry.dataset();
        return Txn.calculateRead(
                        dataset,
                        () ->
                                IndexBuilder.build(
                                        dataset.getDefaultGraph(),
                                        RegistryOntology.terms().getGraph(),
                                        fixture.registry.version()))
                .edgeCount();
    }
}
