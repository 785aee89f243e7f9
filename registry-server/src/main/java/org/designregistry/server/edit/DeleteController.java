package org.designregistry.server.edit;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import org.designregistry.model.RegistryException;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.impact.ImpactQuery;
import org.designregistry.model.impact.ImpactReport;
import org.designregistry.model.resource.ResourceDescription;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.model.resource.Resources;
import org.designregistry.model.validation.ValidationReport;
import org.designregistry.server.web.PageErrors;
import org.designregistry.server.web.PageLinks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /resource/{kind}/{identifier}/delete}: the confirmation an editor sees before deleting a
 * resource (the links that will go, both ways, and what a change to it touches downstream: the
 * resources and the decisions to revisit), and the delete itself, through the model's {@code
 * Resources}: checked like every write (a decision, or an artefact a decision approved, needs an
 * approver: 403; a resource others need by the shapes: 422; changed since the page was drawn: 409)
 * and recorded in the history with the reason given.
 */
@Controller
class DeleteController {

    /** How far the impact summary looks: as far as the impact page does by default. */
    static final int IMPACT_DEPTH = 3;

    /** The most resources the summary counts, so that a hub's confirmation stays quick. */
    static final int IMPACT_CAP = 1_000;

    private static final PageLinks LINKS = new PageLinks();

    private final Resources resources;
    private final ImpactAnalysis impact;

    DeleteController(Resources resources, ImpactAnalysis impact) {
        this.resources = resources;
        this.impact = impact;
    }

    @GetMapping("/resource/{kind}/{identifier}/delete")
    ModelAndView confirm(@PathVariable String kind, @PathVariable String identifier) {
        return page(find(kind, identifier), Optional.empty(), HttpStatus.OK);
    }

    @PostMapping("/resource/{kind}/{identifier}/delete")
    ModelAndView delete(
            @PathVariable String kind,
            @PathVariable String identifier,
            @RequestParam(defaultValue = "") String version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        ResourceDescription resource = find(kind, identifier);
        try {
            ChangeContext.callWith(
                    ChangeContext.current().withMessage(reason),
                    () -> {
                        resources.delete(resource.iri(), version);
                        return null;
                    });
        } catch (RegistryException e) {
            WriteRefusals refused = WriteRefusals.of(e);
            String why =
                    e instanceof ShapeViolationException v
                            ? "Other resources need this one, so it was not deleted: "
                                    + v.report().violations().stream()
                                            .map(ValidationReport.Violation::message)
                                            .distinct()
                                            .collect(Collectors.joining("; "))
                            : refused.refusal().notice().orElse(e.getMessage());
            return page(resource, Optional.of(why), refused.status());
        }
        redirect.addFlashAttribute("deleted", resource.label());
        return new ModelAndView("redirect:" + LINKS.browse(kind));
    }

    private ModelAndView page(
            ResourceDescription resource, Optional<String> refusal, HttpStatus status) {
        ModelAndView page = new ModelAndView("edit/delete", status);
        page.addObject("resource", resource);
        page.addObject(
                "linkCount",
                java.util.stream.Stream.concat(
                                resource.outgoing().stream(), resource.incoming().stream())
                        .mapToInt(g -> g.resources().size())
                        .sum());
        page.addObject("resourcePage", LINKS.resource(resource.iri(), resource.ref()));
        page.addObject("impact", downstream(resource));
        page.addObject("impactPage", "/impact?from=" + resource.ref().orElseThrow());
        page.addObject("refusal", refusal.orElse(null));
        page.addObject("impactDepth", IMPACT_DEPTH);
        return page;
    }

    private ImpactReport downstream(ResourceDescription resource) {
        return impact.analyse(
                ImpactQuery.from(resource.iri())
                        .direction(ImpactQuery.Direction.DOWNSTREAM)
                        .maxDepth(IMPACT_DEPTH)
                        .maxResults(IMPACT_CAP)
                        .timeBudget(Duration.ofSeconds(5))
                        .build());
    }

    private ResourceDescription find(String kind, String identifier) {
        Ref ref = Ref.of(PageErrors.kindNamed(kind), identifier);
        try {
            return resources.describe(ref);
        } catch (ResourceNotFoundException e) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "Nothing in the registry has the reference " + ref + ".");
        }
    }
}
