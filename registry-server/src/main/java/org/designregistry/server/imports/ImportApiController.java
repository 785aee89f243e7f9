package org.designregistry.server.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.archimate.ArchiMateExchange;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.imports.ImportPlan;
import org.designregistry.model.imports.ImportPreview;
import org.designregistry.model.imports.ImportRefusedException;
import org.designregistry.model.imports.Imports;
import org.designregistry.model.registers.ReadProgress;
import org.designregistry.server.system.RegistryProperties;
import org.designregistry.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports}: imports a file (editors), its format told by its content: an ArchiMate
 * Open Exchange file, or a spreadsheet register (XLSX, CSV) with a mapping. With {@code
 * dryRun=true} it only previews; otherwise it commits all or nothing, as one recorded change. A
 * refused import answers 422 with the preview, every refusal located.
 */
@RestController
@Tag(name = "Imports", description = "ArchiMate models and spreadsheet registers in")
class ImportApiController {

    private final Registry registry;
    private final Imports imports;

    ImportApiController(Registry registry, RegistryProperties properties, WriteRights rights) {
        this.registry = registry;
        this.imports = Imports.of(registry, properties.baseIri(), rights);
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Previews (dryRun=true) or commits the import of an ArchiMate exchange file or"
                            + " a spreadsheet register")
    ResponseEntity<?> importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "mapping", required = false) String mapping,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun)
            throws IOException {
        String name = fileName(file);
        Path temporary = Files.createTempFile("registry-import-", ".upload");
        try {
            file.transferTo(temporary);
            ImportPlan plan =
                    ImportFiles.plan(
                            registry,
                            temporary,
                            name,
                            blankToNull(mapping),
                            ArchiMateExchange.DEFAULT_MAX_BYTES,
                            ReadProgress.NONE);
            ImportPreview preview = dryRun ? imports.preview(plan) : imports.commit(plan);
            HttpStatus status =
                    dryRun && !preview.committable()
                            ? HttpStatus.UNPROCESSABLE_CONTENT
                            : HttpStatus.OK;
            return ResponseEntity.status(status).body(ImportResponse.of(preview, !dryRun));
        } catch (ImportRefusedException e) {
            ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
            problem.setProperty("preview", ImportResponse.of(e.preview(), false));
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Returns the upload's own name without any folders, as its owner knows it. */
    private static String fileName(MultipartFile file) {
        String original = file.getOriginalFilename();
        if (original == null || original.isBlank()) {
            throw new RegistryException("The upload has no file name (form field 'file')");
        }
        String name = original.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
