package org.designregistry.server.registers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.designregistry.model.Registry;
import org.designregistry.model.registers.RegisterExporter;
import org.designregistry.model.registers.RegisterMapping;
import org.designregistry.model.registers.RegisterMappings;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.model.table.TableFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Registers out: {@code GET /api/registers/interfaces.xlsx} (or {@code .csv}) writes a collection
 * with its shipped mapping, so that importing the file changes nothing.
 */
@RestController
@Tag(name = "Imports", description = "Spreadsheet registers in, previewed and all or nothing")
class RegisterApiController {

    private final Registry registry;

    RegisterApiController(Registry registry) {
        this.registry = registry;
    }

    @GetMapping("/api/registers/{file:.+}")
    @Operation(
            summary = "Exports a register as XLSX or CSV",
            description =
                    "interfaces, data-items, processes, artefacts or decisions, .xlsx or .csv")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String file) {
        int dot = file.lastIndexOf('.');
        String collection = dot < 0 ? file : file.substring(0, dot);
        TableFormat format =
                TableFormat.ofExtension(dot < 0 ? "" : file.substring(dot + 1))
                        .orElseThrow(
                                () ->
                                        new ResourceNotFoundException(
                                                "No register /api/registers/"
                                                        + file
                                                        + ": end it in .xlsx or .csv"));
        RegisterMapping mapping =
                RegisterMappings.shipped()
                        .get(collection)
                        .orElseThrow(
                                () ->
                                        new ResourceNotFoundException(
                                                "No register '"
                                                        + collection
                                                        + "': give one of "
                                                        + RegisterMappings.SHIPPED));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(collection + "." + format.extension())
                                .build()
                                .toString())
                .body(out -> RegisterExporter.write(registry, mapping, format, out));
    }
}
