package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.archimate.ArchiMateExchange;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.imports.ImportPlan;
import org.designregistry.model.imports.ImportPreview;
import org.designregistry.model.imports.ImportRefusedException;
import org.designregistry.model.imports.Imports;
import org.designregistry.model.imports.ItemPreview;
import org.designregistry.model.imports.Refusal;
import org.designregistry.model.registers.ReadProgress;
import org.designregistry.server.imports.ImportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code registry import FILE...}: previews and commits ArchiMate exchange files and spreadsheet
 * registers, the format told by each file's content, with the server stopped.
 */
@Command(
        name = "import",
        header = "Imports ArchiMate models and spreadsheet registers.",
        description =
                "Imports each file all or nothing, as one recorded change: an ArchiMate Open"
                        + " Exchange file (elements keep the model's identifiers, so importing an"
                        + " updated model updates them and removes the ones it no longer holds), or"
                        + " an XLSX or CSV register read with a mapping. Prints what it does per"
                        + " outcome and every refusal with its location; --dry-run only previews.")
final class ImportCommand implements Callable<Integer> {

    /** The base of new resources' IRIs when none is given: the server's default. */
    static final String DEFAULT_BASE_IRI = "https://registry.mhhs.example/id/";

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to import.")
    private List<Path> files;

    @Option(
            names = "--mapping",
            paramLabel = "NAME",
            description =
                    "The register mapping for spreadsheets (interfaces, data-items, processes,"
                            + " artefacts, decisions; default: chosen by the file's name).")
    private String mapping;

    @Option(names = "--dry-run", description = "Previews only: changes nothing.")
    private boolean dryRun;

    @Option(
            names = "--base-iri",
            paramLabel = "IRI",
            defaultValue = DEFAULT_BASE_IRI,
            description = "The base of new resources' IRIs (default: ${DEFAULT-VALUE}).")
    private String baseIri;

    @Option(
            names = "--message",
            paramLabel = "TEXT",
            description = "Why the files are imported (default: 'Import of FILE').")
    private String message;

    @Override
    public Integer call() {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new RegistryException(
                        file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        int exit = ExitCodes.OK;
        try (Registry store = registry.openOrCreate()) {
            Imports imports = Imports.of(store, baseIri, WriteRights.unrestricted());
            for (Path file : files) {
                String name = file.getFileName().toString();
                ImportPlan plan =
                        ImportFiles.plan(
                                store,
                                file,
                                name,
                                mapping,
                                ArchiMateExchange.DEFAULT_MAX_BYTES,
                                ReadProgress.NONE);
                ChangeContext context =
                        ChangeContext.of(CliPrincipal.name(), Imports.ROUTE, message, null);
                try {
                    ImportPreview preview =
                            dryRun
                                    ? imports.preview(plan)
                                    : ChangeContext.callWith(context, () -> imports.commit(plan));
                    print(out, preview, dryRun ? "would" : "did");
                    if (!preview.committable()) {
                        exit = ExitCodes.DATA;
                    }
                } catch (ImportRefusedException e) {
                    print(out, e.preview(), "was refused; it would");
                    exit = ExitCodes.DATA;
                }
            }
        }
        return exit;
    }

    private static void print(PrintWriter out, ImportPreview preview, String verb) {
        var counts = preview.counts();
        out.printf(
                "%s %s: create %s, update %s, remove %s, leave %s unchanged%s.%n",
                preview.source(),
                verb,
                Text.number(counts.get(ItemPreview.Outcome.CREATED)),
                Text.number(counts.get(ItemPreview.Outcome.UPDATED)),
                Text.number(counts.get(ItemPreview.Outcome.REMOVED)),
                Text.number(counts.get(ItemPreview.Outcome.UNCHANGED)),
                counts.get(ItemPreview.Outcome.REFUSED) > 0
                        ? "; " + Text.number(counts.get(ItemPreview.Outcome.REFUSED)) + " refused"
                        : "");
        for (Refusal refusal : preview.refusals()) {
            out.printf("  refused: %s: %s%n", refusal.location(), refusal.reason());
        }
    }
}
