package org.designregistry.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.Lang;
import org.designregistry.model.RdfSource;
import org.designregistry.model.synthetic.SyntheticRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code registry generate}: a synthetic registry shaped like the MHHS sample, for benchmarks. */
@Command(
        name = "generate",
        header = "Writes a synthetic registry with the MHHS sample's shape, for benchmarks.",
        description =
                "Copies the MHHS sample SCALE times and rewires the copies' links at random,"
                        + " deterministically from the seed, and writes N-Triples; load the file"
                        + " with 'registry load'.")
final class GenerateCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Option(
            names = "--scale",
            paramLabel = "N",
            defaultValue = "10",
            description = "Times the sample's size (default 10).")
    private int scale;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            description = "The seed (default 42).")
    private long seed;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "The N-Triples file to write.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        Graph sample = GraphMemFactory.createDefaultGraph();
        for (RdfSource source : RdfSource.classpathManifest("samples/mhhs/manifest.ttl")) {
            source.parse().find().forEach(sample::add);
        }
        SyntheticRegistry generator;
        try {
            generator = SyntheticRegistry.from(sample).scale(scale).seed(seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            generator.write(out, Lang.NTRIPLES);
        }
        long lines;
        try (var stream = Files.lines(output)) {
            lines = stream.count();
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "Wrote %s triples (scale %d, seed %d) to %s.%n",
                        Text.number(lines), scale, seed, output);
        return ExitCodes.OK;
    }
}
