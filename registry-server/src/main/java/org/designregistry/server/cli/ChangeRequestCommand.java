package org.designregistry.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.changerequest.ChangeRequestSettings;
import org.designregistry.model.changerequest.ChangeRequests;
import org.designregistry.model.changerequest.ImpactPack;
import org.designregistry.model.impact.ImpactAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code registry cr pack CR004 --format md|xlsx}: a change request's impact assessment pack. */
@Command(
        name = "cr",
        header = "Reports on the registry's change requests.",
        subcommands = {ChangeRequestCommand.Pack.class})
final class ChangeRequestCommand {

    @ParentCommand RegistryCommand registry;

    /** {@code registry cr pack ID [--format md|xlsx] [--output FILE]}. */
    @Command(
            name = "pack",
            header = "Writes a change request's impact assessment pack.",
            description =
                    "The pack as frozen when the change request was raised: the change request,"
                            + " the triage's progress and who has still to answer, the impacted"
                            + " items by workstream and working group with their triage, the"
                            + " decisions to revisit, the parties to consult and the changes made"
                            + " under it. Markdown goes to standard output unless --output is"
                            + " given; a workbook (xlsx) needs --output.")
    static final class Pack implements Callable<Integer> {

        @ParentCommand private ChangeRequestCommand cr;

        @Spec private CommandSpec spec;

        @Parameters(
                index = "0",
                paramLabel = "ID",
                description = "The change request, such as CR004.")
        private String id;

        @Option(
                names = {"-f", "--format"},
                paramLabel = "FORMAT",
                description = "md (default) or xlsx.")
        private String format;

        @Option(
                names = {"-o", "--output"},
                paramLabel = "FILE",
                description = "The file to write (replaced if it exists).")
        private Path output;

        @Override
        public Integer call() {
            String chosen = format == null ? "md" : format.strip().toLowerCase(Locale.ROOT);
            if (!chosen.equals("md") && !chosen.equals("xlsx")) {
                throw new ParameterException(
                        spec.commandLine(), "Unknown format '" + format + "': expected md or xlsx");
            }
            if (chosen.equals("xlsx") && output == null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "A workbook is binary: give the file to write it to with --output FILE");
            }
            try (Registry store = cr.registry.openExisting()) {
                ImpactPack pack =
                        ChangeRequests.of(
                                        store,
                                        ImpactAnalysis.of(store),
                                        BaselineCommand.DEFAULT_BASE_IRI,
                                        ChangeRequestSettings.DEFAULTS)
                                .pack(id);
                if (output == null) {
                    PrintWriter out = spec.commandLine().getOut();
                    out.print(pack.toMarkdown());
                    out.flush();
                } else {
                    write(pack, chosen);
                    spec.commandLine()
                            .getErr()
                            .println(
                                    "Wrote the pack of "
                                            + pack.changeRequest().identifier()
                                            + " to "
                                            + output);
                }
            }
            return ExitCodes.OK;
        }

        private void write(ImpactPack pack, String chosen) {
            try (OutputStream out = Files.newOutputStream(output)) {
                if (chosen.equals("xlsx")) {
                    pack.writeXlsx(out);
                } else {
                    out.write(pack.toMarkdown().getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Could not write " + output + ": " + e.getMessage(), e);
            }
        }
    }
}
