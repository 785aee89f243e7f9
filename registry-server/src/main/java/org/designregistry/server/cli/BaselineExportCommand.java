package org.designregistry.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        header = "Writes the registry graph as a baseline holds it.",
        description = "Any RDF syntax; a quad syntax holds it as the default graph.")
final class BaselineExportCommand implements Callable<Integer> {

    @ParentCommand private BaselineCommand baseline;

    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The baseline.")
    private String name;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            converter = ExportCommand.FormatConverter.class,
            completionCandidates = ExportCommand.FormatNames.class,
            description = "ttl (default), nt, jsonld, rdfxml, trig or nq.")
    private RdfFormat format = RdfFormat.TURTLE;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "The file to write (default: standard output).")
    private Path output;

    @Override
    public Integer call() throws IOException {
        try (Registry store = baseline.open()) {
            if (output == null) {
                PrintStream out = baseline.registry().rawOut();
                baseline.baselines(store).export(name, out, format);
                out.flush();
            } else {
                try (OutputStream out = Files.newOutputStream(output)) {
                    baseline.baselines(store).export(name, out, format);
                }
                spec.commandLine().getOut().printf("Exported baseline %s to %s.%n", name, output);
            }
        }
        return ExitCodes.OK;
    }
}
