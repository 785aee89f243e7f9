package org.designregistry.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.archimate.ArchiMateExchange;
import org.designregistry.model.archimate.ArchiMateExport;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code registry export --format archimate}: the registry's ArchiMate elements as an Open Exchange
 * file, to standard output or to a file replaced only once complete.
 */
final class ArchiMateExportFile {

    private ArchiMateExportFile() {}

    /** Writes the export and returns the exit code. */
    static int write(
            RegistryCommand registry,
            CommandSpec spec,
            Path output,
            String model,
            List<String> types)
            throws IOException {
        ArchiMateExport selection;
        try {
            selection =
                    ArchiMateExport.all().onlyTypes(types == null ? Set.of() : Set.copyOf(types));
        } catch (IllegalArgumentException e) {
            throw new RegistryException(e.getMessage() + " (--type)");
        }
        if (model != null) {
            selection = selection.onlyModel(model);
        }
        try (Registry store = registry.openExisting()) {
            if (output == null) {
                PrintStream out = registry.rawOut();
                spec.commandLine().getOut().flush();
                ArchiMateExchange.export(store, selection, out);
                out.flush();
                return ExitCodes.OK;
            }
            Path target = output.toAbsolutePath().normalize();
            if (!Files.isDirectory(target.getParent())) {
                throw new RegistryException(target.getParent() + ": no such folder");
            }
            Path temporary =
                    Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    ArchiMateExchange.export(store, selection, out);
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
            spec.commandLine().getOut().printf("Exported the ArchiMate elements to %s.%n", output);
        }
        return ExitCodes.OK;
    }
}
