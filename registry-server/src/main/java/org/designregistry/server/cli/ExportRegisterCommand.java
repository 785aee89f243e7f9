package org.designregistry.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.registers.RegisterExporter;
import org.designregistry.model.registers.RegisterMapping;
import org.designregistry.model.registers.RegisterMappings;
import org.designregistry.model.table.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code registry export-register COLLECTION}: writes a register (XLSX or CSV) with its shipped
 * mapping, from the store here or from a running server.
 */
@Command(
        name = "export-register",
        header = "Exports a spreadsheet register (XLSX or CSV).",
        description =
                "Writes interfaces, data-items, processes, artefacts or decisions with the mapping"
                        + " that imports them, so that importing the file changes nothing. The"
                        + " format is --format, or told by --output's extension.")
final class ExportRegisterCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Parameters(
            paramLabel = "COLLECTION",
            description = "interfaces, data-items, processes, artefacts or decisions.")
    private String collection;

    @Option(
            names = "--format",
            paramLabel = "xlsx|csv",
            description = "The format (default: xlsx).")
    private String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "The file to write (default: COLLECTION.FORMAT here).")
    private Path output;

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "Export from the running server at URL instead of the local store.")
    private URI server;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description =
                    "An API token, when the server needs one to read (default: $REGISTRY_TOKEN).")
    private String token;

    @Override
    public Integer call() throws IOException, InterruptedException {
        RegisterMapping mapping =
                RegisterMappings.shipped()
                        .get(collection)
                        .orElseThrow(
                                () ->
                                        new RegistryException(
                                                "Unknown register '"
                                                        + collection
                                                        + "': give one of "
                                                        + RegisterMappings.SHIPPED));
        TableFormat chosen = format();
        Path file = output != null ? output : Path.of(collection + "." + chosen.extension());
        long rows;
        if (server != null) {
            rows = remote(file, chosen);
        } else {
            try (Registry store = registry.openExisting();
                    OutputStream out = Files.newOutputStream(file)) {
                rows = RegisterExporter.write(store, mapping, chosen, out);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (rows >= 0) {
            out.printf(
                    "Wrote %s (%s) to %s%n",
                    Text.count(rows, "row", "rows"), mapping.title(), file);
        } else {
            out.printf("Wrote %s to %s%n", mapping.title(), file);
        }
        return ExitCodes.OK;
    }

    private long remote(Path file, TableFormat chosen) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                        server.resolve("/api/registers/" + collection + "." + chosen.extension()));
        String bearer = token != null ? token : System.getenv("REGISTRY_TOKEN");
        if (bearer != null && !bearer.isBlank()) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<Path> reply =
                HttpClient.newHttpClient()
                        .send(request.GET().build(), HttpResponse.BodyHandlers.ofFile(file));
        if (reply.statusCode() != 200) {
            String body = Files.readString(file);
            Files.deleteIfExists(file);
            throw new RegistryException("The server answered " + reply.statusCode() + ": " + body);
        }
        return -1;
    }

    private TableFormat format() {
        String wanted =
                format != null
                        ? format
                        : output != null && output.getFileName().toString().contains(".")
                                ? output.getFileName().toString().replaceAll(".*\\.", "")
                                : "xlsx";
        return TableFormat.ofExtension(wanted)
                .orElseThrow(
                        () ->
                                new RegistryException(
                                        "Unknown format '" + wanted + "': give xlsx or csv"));
    }
}
