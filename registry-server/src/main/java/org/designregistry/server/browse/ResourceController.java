package org.designregistry.server.browse;

import java.util.List;
import org.designregistry.model.Registry;
import org.designregistry.model.baseline.Baseline;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.model.browse.Description;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangeQuery.ChangeBound;
import org.designregistry.model.resource.Resources;
import org.designregistry.model.suspect.SuspectLinks;
import org.designregistry.server.history.ChangeFilter;
import org.designregistry.server.history.ChangeSummary;
import org.designregistry.server.history.HistoryRow;
import org.designregistry.server.web.PageErrors;
import org.designregistry.server.web.PageLinks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A resource's page: {@code /resource/{kind}/{identifier}}; {@code /resource/{identifier}}
 * redirects there, or lists the resources that share the identifier; {@code /resource?iri=} shows
 * any resource the data describes. Each shows the resource's latest changes; with {@code asOf=} (a
 * change number or a time) the resource as it was just after that change.
 */
@Controller
class ResourceController {

    private static final PageLinks LINKS = new PageLinks();

    private final RegistryBrowser browser;
    private final Baselines baselines;
    private final Resources resources;
    private final ChangeHistory history;
    private final SuspectLinks suspects;

    ResourceController(
            RegistryBrowser browser,
            Baselines baselines,
            Resources resources,
            Registry registry,
            SuspectLinks suspects) {
        this.browser = browser;
        this.baselines = baselines;
        this.resources = resources;
        this.history = registry.history();
        this.suspects = suspects;
    }

    @GetMapping("/resource/{kind}/{identifier}")
    String byKind(
            @PathVariable String kind,
            @PathVariable String identifier,
            @RequestParam(required = false) String baseline,
            @RequestParam(required = false) String asOf,
            Model model) {
        Ref ref = Ref.of(PageErrors.kindNamed(kind), identifier);
        if (baseline != null) {
            return inBaseline(ref, baseline, model);
        }
        List<ResourceRef> found = browser.find(ref);
        if (found.size() > 1) {
            return choose(ref, found, model);
        }
        return show(found.stream().findFirst().orElseThrow(() -> notFound(ref)).iri(), asOf, model);
    }

    @GetMapping("/resource/{identifier}")
    String byIdentifier(@PathVariable String identifier, Model model) {
        Ref ref = Ref.of(identifier);
        List<ResourceRef> found = browser.find(ref);
        if (found.isEmpty()) {
            throw notFound(ref);
        }
        if (found.size() > 1) {
            return choose(ref, found, model);
        }
        return "redirect:" + LINKS.resource(found.get(0));
    }

    @GetMapping(value = "/resource", params = "iri")
    String byIri(
            @RequestParam String iri, @RequestParam(required = false) String asOf, Model model) {
        if (asOf != null) {
            // As it was: the resource may not be described any more, so no canonical page.
            return show(iri, asOf, model);
        }
        Description description = describe(iri);
        String canonical = LINKS.resource(description.resource());
        if (!canonical.equals(LINKS.iri(iri))) {
            return "redirect:" + canonical;
        }
        return show(description, model);
    }

    /**
     * Shows the resource as a baseline holds it, under a banner naming the baseline; its IRI is
     * minted from the reference, so that a resource deleted since still shows.
     */
    private String inBaseline(Ref ref, String name, Model model) {
        Baseline frozen =
                baselines
                        .find(name)
                        .orElseThrow(
                                () ->
                                        new ResponseStatusException(
                                                HttpStatus.NOT_FOUND,
                                                "No baseline is named " + name + "."));
        String iri =
                browser.find(ref).stream()
                        .findFirst()
                        .map(ResourceRef::iri)
                        .orElseGet(
                                () -> resources.iriOf(ref.kind().orElseThrow(), ref.identifier()));
        Description then =
                baselines
                        .read(frozen.name(), data -> browser.describeIn(data, iri))
                        .orElseThrow(
                                () ->
                                        new ResponseStatusException(
                                                HttpStatus.NOT_FOUND,
                                                ref
                                                        + " is not in baseline "
                                                        + frozen.name()
                                                        + "."));
        model.addAttribute("baseline", frozen);
        return show(then, model);
    }

    /** Shows the resource as it is, or as it was after the change {@code asOf} names. */
    private String show(String iri, String asOf, Model model) {
        if (asOf == null) {
            return show(describe(iri), model);
        }
        long change = history.resolve(ChangeBound.parse(asOf));
        Description then =
                browser.describeAsOf(iri, change)
                        .orElseThrow(
                                () ->
                                        new ResponseStatusException(
                                                HttpStatus.NOT_FOUND,
                                                "The registry did not describe "
                                                        + iri
                                                        + " after change "
                                                        + change
                                                        + "."));
        model.addAttribute("asOf", change);
        model.addAttribute(
                "asOfWhen", history.get(change).map(c -> ChangeSummary.when(c.time())).orElse(""));
        return show(then, model);
    }

    private String show(Description description, Model model) {
        String iri = description.resource().iri();
        model.addAttribute("resource", description);
        model.addAttribute("page", LINKS.resource(description.resource()));
        model.addAttribute(
                "history", HistoryRow.latest(history, iri, LINKS.resource(description.resource())));
        model.addAttribute(
                "historyLink", ChangeFilter.none().withResource(iri).link("/changes", 0));
        model.addAttribute(
                "feed", ChangeFilter.none().withResource(iri).link("/api/changes.atom", 0));
        model.addAttribute("suspectLinks", suspects.about(iri));
        return "browse/resource";
    }

    private Description describe(String iri) {
        return browser.describe(iri)
                .orElseThrow(
                        () ->
                                new ResponseStatusException(
                                        HttpStatus.NOT_FOUND,
                                        "The registry does not describe " + iri + "."));
    }

    private static String choose(Ref ref, List<ResourceRef> found, Model model) {
        model.addAttribute("ref", ref.toString());
        model.addAttribute("choices", found);
        return "browse/choose";
    }

    private static ResponseStatusException notFound(Ref ref) {
        return new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Nothing in the registry has the reference " + ref + ".");
    }
}
