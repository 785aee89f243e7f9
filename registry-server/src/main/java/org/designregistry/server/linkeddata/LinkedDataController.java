package org.designregistry.server.linkeddata;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.designregistry.model.Registry;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangeQuery.ChangeBound;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.model.resource.Resources;
import org.designregistry.server.web.PageLinks;
import org.designregistry.server.web.Problems;
import org.designregistry.server.web.RdfNegotiation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dereferenceable IRIs: {@code GET /id/<kind>/<identifier>} describes the resource whose IRI is
 * {@code <registry.base-iri><kind>/<identifier>}, as Turtle, JSON-LD, N-Triples or RDF/XML (its own
 * triples and the labels of what it links to), by {@code Accept}. A browser, asking for HTML, is
 * sent with 303 See Other to the resource's page ({@code /resource/<kind>/<identifier>}), so that
 * an IRI's HTML is that page. With {@code ?asOf=} (a change number or a time) the RDF is the
 * resource as it was then.
 */
@RestController
class LinkedDataController {

    private static final List<MediaType> OFFERS = offers();
    private static final PageLinks PAGES = new PageLinks();

    private final Resources resources;
    private final LocalUrls urls;
    private final ChangeHistory history;

    LinkedDataController(Resources resources, LocalUrls urls, Registry registry) {
        this.resources = resources;
        this.urls = urls;
        this.history = registry.history();
    }

    @GetMapping(LocalUrls.ID_PATH + "{kind}/{identifier}")
    ResponseEntity<?> describe(
            @PathVariable String kind,
            @PathVariable String identifier,
            @RequestParam(required = false) String asOf,
            @RequestHeader(value = "Accept", required = false) String accept) {
        String iri = urls.iri(kind, identifier);
        MediaType type = RdfNegotiation.choose(accept, OFFERS).orElse(null);
        if (type == null) {
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                    .body(
                            Problems.of(
                                    HttpStatus.NOT_ACCEPTABLE,
                                    "Accept one of text/turtle, application/ld+json,"
                                            + " application/n-triples, application/rdf+xml or"
                                            + " text/html"));
        }
        if (type.equalsTypeAndSubtype(MediaType.TEXT_HTML)) {
            return resources
                    .describe(iri)
                    .map(
                            r ->
                                    ResponseEntity.status(HttpStatus.SEE_OTHER)
                                            .location(URI.create(PAGES.resource(r.iri(), r.ref())))
                                            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                                            .build())
                    .orElseThrow(() -> unknown(iri));
        }
        if (asOf != null) {
            long change = history.resolve(ChangeBound.parse(asOf));
            return resources
                    .linkedDataAsOf(iri, change)
                    .map(graph -> RdfNegotiation.reply(graph, type))
                    .orElseThrow(
                            () ->
                                    new ResourceNotFoundException(
                                            "The registry did not describe "
                                                    + iri
                                                    + " after change "
                                                    + change));
        }
        return resources
                .linkedData(iri)
                .map(graph -> RdfNegotiation.reply(graph, type))
                .orElseThrow(() -> unknown(iri));
    }

    private static ResourceNotFoundException unknown(String iri) {
        return new ResourceNotFoundException("The registry does not describe " + iri);
    }

    private static List<MediaType> offers() {
        List<MediaType> offers = new ArrayList<>(RdfNegotiation.RDF_TYPES);
        offers.add(MediaType.TEXT_HTML);
        return List.copyOf(offers);
    }
}
