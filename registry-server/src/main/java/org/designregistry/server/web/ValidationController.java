package org.designregistry.server.web;

import java.util.Arrays;
import java.util.Locale;
import org.designregistry.model.browse.Health;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.validation.ValidationReport.Severity;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code GET /validation?shape=IRI&severity=VIOLATION&page=N}: the resources at fault for one
 * shape, {@value #PAGE_SIZE} a page. The home page names the first few of each shape and links here
 * for the rest.
 */
@Controller
class ValidationController {

    /** How many resources at fault a page lists. */
    static final int PAGE_SIZE = 50;

    private final RegistryBrowser browser;

    ValidationController(RegistryBrowser browser) {
        this.browser = browser;
    }

    @GetMapping("/validation")
    ModelAndView shape(
            @RequestParam("shape") String shapeIri,
            @RequestParam(name = "severity", defaultValue = "VIOLATION") String severityName,
            @RequestParam(name = "page", defaultValue = "1") int page) {
        Severity severity = severity(severityName);
        Health health = browser.health();
        Health.ShapeGroup shape =
                health.shape(shapeIri, severity)
                        .orElseThrow(
                                () ->
                                        new ResponseStatusException(
                                                HttpStatus.NOT_FOUND,
                                                "No resource fails the shape "
                                                        + shapeIri
                                                        + " at severity "
                                                        + severity
                                                        + " now"));
        return new ModelAndView("home/validation")
                .addObject("health", health)
                .addObject("shape", shape)
                .addObject(
                        "offences",
                        Paged.of(
                                shape.offences(),
                                page,
                                PAGE_SIZE,
                                n -> link(shapeIri, severity, n)));
    }

    /** Returns the address of a page of a shape's resources at fault. */
    static String link(String shapeIri, Severity severity, int page) {
        UriComponentsBuilder uri =
                UriComponentsBuilder.fromPath("/validation")
                        .queryParam("shape", "{shape}")
                        .queryParam("severity", severity.name());
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().buildAndExpand(shapeIri).toUriString();
    }

    private static Severity severity(String name) {
        try {
            return Severity.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Unknown severity '"
                            + name
                            + "': give one of "
                            + Arrays.toString(Severity.values()));
        }
    }
}
