package org.designregistry.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.imports.ImportPlan;
import org.designregistry.model.imports.ImportPreview;
import org.designregistry.model.imports.ImportRefusedException;
import org.designregistry.model.imports.Imports;
import org.designregistry.model.registers.ReadProgress;
import org.designregistry.model.registers.RegisterMapping;
import org.designregistry.model.registers.RegisterMappings;
import org.designregistry.model.registers.RegisterReader;
import org.designregistry.server.archimate.ArchiMateFiles;
import org.designregistry.server.registers.ImportResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code registry import FILE...}: imports spreadsheet registers (XLSX, CSV), each previewed and
 * stored all or nothing as one change, into the store here or through a running server.
 */
@Command(
        name = "import",
        header = "Imports spreadsheet registers (XLSX or CSV) and ArchiMate models.",
        description =
                "Reads each file with its mapping (--mapping, or the shipped mapping its name"
                        + " starts with: interfaces, data-items, processes, artefacts, decisions),"
                        + " previews it against the registry and stores all of it or nothing, as"
                        + " one change named after the file. An ArchiMate Open Exchange file (told by"
                        + " its content) needs no mapping: its elements keep the model's identifiers,"
                        + " so an updated model updates them and removes those it no longer holds."
                        + " Files are imported one after the other;"
                        + " the first refused file stops the rest. With --server the server does"
                        + " the import (an editor's token in --token or REGISTRY_TOKEN); otherwise"
                        + " the store in --data, with the server stopped.")
final class ImportCommand implements Callable<Integer> {

    /** The base of new resources' IRIs when none is given: the server's default. */
    static final String DEFAULT_BASE = "https://registry.mhhs.example/id/";

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The register files.")
    private List<Path> files;

    @Option(
            names = "--mapping",
            paramLabel = "NAME|FILE",
            description = "A shipped mapping's name, or a YAML mapping file.")
    private String mapping;

    @Option(
            names = "--dry-run",
            description = "Preview only: show what would change, store nothing.")
    private boolean dryRun;

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "Import through the running server at URL instead of the local store.")
    private URI server;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description = "An API token with the editor role (default: $REGISTRY_TOKEN).")
    private String token;

    @Option(
            names = "--base-iri",
            paramLabel = "IRI",
            defaultValue = DEFAULT_BASE,
            description =
                    "Where new resources' IRIs are minted, offline (default: ${DEFAULT-VALUE}).")
    private String baseIri;

    @Option(
            names = "--message",
            paramLabel = "TEXT",
            description = "Why, kept in the change record (default: Import of FILE).")
    private String message;

    @Override
    public Integer call() throws IOException, InterruptedException {
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new RegistryException(file + ": no such readable file");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (server != null) {
            for (Path file : files) {
                int code = remote(file, out);
                if (code != ExitCodes.OK) {
                    return code;
                }
            }
            return ExitCodes.OK;
        }
        try (Registry store = registry.openOrCreate()) {
            Imports imports = Imports.of(store, baseIri, WriteRights.unrestricted());
            for (Path file : files) {
                int code = local(store, imports, file, out);
                if (code != ExitCodes.OK) {
                    return code;
                }
            }
        }
        return ExitCodes.OK;
    }

    private int local(Registry store, Imports imports, Path file, PrintWriter out) {
        String name = file.getFileName().toString();
        String chosen;
        ImportPlan plan;
        if (ArchiMateFiles.isExchangeFile(file)) {
            // An ArchiMate model names its own element types: it needs no mapping.
            if (mapping != null) {
                throw new RegistryException(ArchiMateFiles.noMapping(name));
            }
            plan = ArchiMateFiles.plan(store, file, name);
            chosen = ArchiMateFiles.FORMAT;
        } else {
            RegisterMapping register = mappingFor(name);
            plan = RegisterReader.read(file, name, register, progress(name));
            spec.commandLine().getErr().println();
            chosen = register.name();
        }
        try {
            ImportPreview preview;
            if (dryRun) {
                preview = imports.preview(plan);
            } else {
                ChangeContext context =
                        ChangeContext.of(CliPrincipal.name(), Imports.ROUTE, message, null);
                preview = ChangeContext.callWith(context, () -> imports.commit(plan));
            }
            Map<String, Object> reply = asMap(preview, chosen, dryRun);
            ImportReport.print(out, reply, dryRun);
            return preview.committable() ? ExitCodes.OK : ExitCodes.NOT_CONFORMING;
        } catch (ImportRefusedException e) {
            ImportReport.print(out, asMap(e.preview(), chosen, false), false);
            spec.commandLine().getErr().println(name + ": refused, nothing stored");
            return ExitCodes.NOT_CONFORMING;
        }
    }

    private int remote(Path file, PrintWriter out) throws IOException, InterruptedException {
        String bearer = token != null ? token : System.getenv("REGISTRY_TOKEN");
        if (bearer == null || bearer.isBlank()) {
            throw new RegistryException(
                    "--server needs an editor's API token: give --token or set REGISTRY_TOKEN");
        }
        String name = file.getFileName().toString();
        StringBuilder query = new StringBuilder("?dryRun=").append(dryRun);
        MultipartBody body = new MultipartBody().file("file", name, file);
        if (mapping != null && Files.isRegularFile(Path.of(mapping))) {
            body.file("mappingFile", Path.of(mapping).getFileName().toString(), Path.of(mapping));
        } else if (mapping != null) {
            query.append("&mapping=")
                    .append(java.net.URLEncoder.encode(mapping, StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request =
                HttpRequest.newBuilder(server.resolve("/api/imports" + query))
                        .header("Authorization", "Bearer " + bearer)
                        .header("Accept", "application/json")
                        .header("Content-Type", body.contentType())
                        .POST(body.publisher());
        if (message != null) {
            request.header("X-Change-Message", message);
        }
        spec.commandLine().getErr().println("Sending " + name + " to " + server + " ...");
        HttpResponse<String> reply =
                HttpClient.newHttpClient()
                        .send(request.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Object> json = parse(reply.body());
        if (reply.statusCode() == 200) {
            ImportReport.print(out, json, dryRun);
            return ExitCodes.OK;
        }
        spec.commandLine()
                .getErr()
                .printf(
                        "%s: the server refused the import (%d): %s%n",
                        name, reply.statusCode(), json.getOrDefault("detail", reply.body()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> refusals =
                (List<Map<String, Object>>) json.getOrDefault("refusals", List.of());
        ImportReport.refusals(out, refusals);
        return reply.statusCode() == 422 ? ExitCodes.NOT_CONFORMING : ExitCodes.DATA;
    }

    private RegisterMapping mappingFor(String fileName) {
        if (mapping == null) {
            return RegisterMappings.shipped()
                    .forFile(fileName)
                    .orElseThrow(
                            () ->
                                    new RegistryException(
                                            fileName
                                                    + ": give --mapping (one of "
                                                    + RegisterMappings.SHIPPED
                                                    + ", or a YAML mapping file)"));
        }
        Path path = Path.of(mapping);
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                return RegisterMappings.parse(in, path.getFileName().toString());
            } catch (IOException e) {
                throw new RegistryException(mapping + ": " + e.getMessage());
            }
        }
        return RegisterMappings.shipped()
                .get(mapping)
                .orElseThrow(
                        () ->
                                new RegistryException(
                                        "Unknown mapping '"
                                                + mapping
                                                + "': give one of "
                                                + RegisterMappings.SHIPPED
                                                + " or a YAML mapping file"));
    }

    private ReadProgress progress(String name) {
        PrintWriter err = spec.commandLine().getErr();
        return (read, total) -> {
            err.print("\r" + name + ": rows read " + read + (total >= 0 ? " of " + total : ""));
            err.flush();
        };
    }

    private static Map<String, Object> asMap(
            ImportPreview preview, String mapping, boolean dryRun) {
        return parse(Json.write(ImportResponse.of(preview, mapping, dryRun)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        try {
            return JsonMapper.builder().build().readValue(json, Map.class);
        } catch (RuntimeException e) {
            return Map.of("detail", json);
        }
    }
}
