package org.designregistry.server.archimate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.archimate.ArchiMateExchange;
import org.designregistry.model.archimate.ArchiMateExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/archimate}: the registry's ArchiMate elements (of one imported model with {@code
 * model=}, of some element types with {@code type=}) and the relationships between them, as an
 * ArchiMate Open Exchange file that Archi and other tools open.
 */
@RestController
@Tag(name = "ArchiMate", description = "The registry's ArchiMate elements out")
class ArchiMateApiController {

    private final Registry registry;

    ArchiMateApiController(Registry registry) {
        this.registry = registry;
    }

    @GetMapping(path = "/api/archimate", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "Exports ArchiMate elements as an Open Exchange file (XML)")
    ResponseEntity<byte[]> export(
            @RequestParam(name = "model", required = false) String model,
            @RequestParam(name = "type", required = false) List<String> types) {
        ArchiMateExport selection = ArchiMateExport.all();
        if (model != null && !model.isBlank()) {
            selection = selection.onlyModel(model.strip());
        }
        Set<String> chosen = new LinkedHashSet<>();
        if (types != null) {
            types.stream()
                    .flatMap(t -> List.of(t.split(",")).stream())
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .forEach(chosen::add);
        }
        try {
            selection = selection.onlyTypes(chosen);
        } catch (IllegalArgumentException e) {
            throw new RegistryException(e.getMessage() + " (parameter type)");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiMateExchange.export(registry, selection, out);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("registry-archimate.xml")
                                .build()
                                .toString())
                .body(out.toByteArray());
    }
}
