package org.designregistry.server.registers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.archimate.ArchiMateExchange;
import org.designregistry.model.imports.ImportPlan;
import org.designregistry.model.imports.ImportPreview;
import org.designregistry.model.imports.ImportRefusedException;
import org.designregistry.model.imports.Imports;
import org.designregistry.model.registers.RegisterMapping;
import org.designregistry.model.registers.RegisterMappings;
import org.designregistry.model.registers.RegisterReader;
import org.designregistry.model.registers.UnreadableRegisterException;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.server.archimate.ArchiMateFiles;
import org.designregistry.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of spreadsheet registers: a dry run that previews, per row, what the file would change,
 * and a commit of all of it or nothing (422 with every refusal located when anything is refused).
 * Editors only (approvers for decisions), like every write.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(
        name = "Imports",
        description = "Spreadsheet registers and ArchiMate models in, previewed and all or nothing")
class ImportApiController {

    private final Imports imports;
    private final ImportProgress progress;
    private final Registry registry;

    ImportApiController(Imports imports, ImportProgress progress, Registry registry) {
        this.imports = imports;
        this.progress = progress;
        this.registry = registry;
    }

    @GetMapping("/mappings")
    @Operation(summary = "Lists the shipped register mappings")
    List<Map<String, String>> mappings() {
        return RegisterMappings.shipped().all().stream()
                .map(
                        m ->
                                Map.of(
                                        "name", m.name(),
                                        "title", m.title(),
                                        "kind", m.kind().kindName(),
                                        "sheet", m.sheet()))
                .toList();
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(
            summary =
                    "Imports an XLSX or CSV register or an ArchiMate exchange file (dryRun=true:"
                            + " preview only)",
            description =
                    "Parts: file (the register, or an ArchiMate Open Exchange file, told by its"
                            + " content and read without a mapping), and mapping (a shipped"
                            + " mapping's name) or"
                            + " mappingFile (a YAML mapping); without either, the mapping is the"
                            + " one the file's name starts with. progress: an id under which"
                            + " GET /api/imports/progress/{id} reports rows read.")
    ResponseEntity<ImportResponse> importRegister(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String mapping,
            @RequestPart(name = "mappingFile", required = false) MultipartFile mappingFile,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String progress) {
        String name = fileName(file);
        String chosen;
        ImportPlan plan;
        if (isArchiMate(file)) {
            if (mapping != null || (mappingFile != null && !mappingFile.isEmpty())) {
                throw new RegistryException(ArchiMateFiles.noMapping(name));
            }
            plan = withCopy(file, copy -> ArchiMateFiles.plan(registry, copy, name));
            chosen = ArchiMateFiles.FORMAT;
        } else {
            RegisterMapping register = mapping(mapping, mappingFile, name);
            plan = read(file, name, register, progress);
            chosen = register.name();
        }
        ImportPreview preview = dryRun ? imports.preview(plan) : imports.commit(plan);
        return ResponseEntity.ok(ImportResponse.of(preview, chosen, dryRun));
    }

    @GetMapping("/progress/{id}")
    @Operation(summary = "Returns how many rows an import under way has read, of how many")
    ImportProgress.Rows progress(@PathVariable String id) {
        return progress.of(id)
                .orElseThrow(() -> new ResourceNotFoundException("No import under way as " + id));
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty(
                "refusals",
                e.preview().refusals().stream().map(ImportResponse.RefusalResponse::of).toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(UnreadableRegisterException.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableRegisterException e) {
        HttpStatus status = e.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(Problems.of(status, e.getMessage()));
    }

    private ImportPlan read(MultipartFile file, String name, RegisterMapping mapping, String id) {
        return withCopy(file, copy -> RegisterReader.read(copy, name, mapping, progress.track(id)));
    }

    /** Returns true when the upload is an ArchiMate exchange file rather than a register. */
    private static boolean isArchiMate(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return ArchiMateExchange.looksLikeExchangeFile(in.readNBytes(4_096));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
    }

    /** Reads the upload from a temporary copy, deleted afterwards. */
    private static ImportPlan withCopy(MultipartFile file, Function<Path, ImportPlan> reader) {
        Path copy = null;
        try {
            copy = Files.createTempFile("registry-import-", ".upload");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return reader.apply(copy);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the upload", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // A temporary file left behind is removed with the temp folder.
                }
            }
        }
    }

    static RegisterMapping mapping(String name, MultipartFile file, String fileName) {
        if (file != null && !file.isEmpty()) {
            try (InputStream in = file.getInputStream()) {
                return RegisterMappings.parse(in, fileName(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (name != null && !name.isBlank()) {
            return RegisterMappings.shipped()
                    .get(name)
                    .orElseThrow(
                            () ->
                                    new RegistryException(
                                            "Unknown mapping '"
                                                    + name
                                                    + "': give one of "
                                                    + RegisterMappings.SHIPPED
                                                    + " or a mappingFile"));
        }
        return RegisterMappings.shipped()
                .forFile(fileName)
                .orElseThrow(
                        () ->
                                new RegistryException(
                                        "No mapping given for "
                                                + fileName
                                                + ": give mapping (one of "
                                                + RegisterMappings.SHIPPED
                                                + ") or a mappingFile"));
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload";
        }
        // Browsers may send a path; keep only the name, without control characters.
        return name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "");
    }
}
