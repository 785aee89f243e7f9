package org.designregistry.server.baseline;

import java.util.Optional;
import org.designregistry.model.RegistryException;
import org.designregistry.model.baseline.Baseline;
import org.designregistry.model.baseline.BaselineDiff;
import org.designregistry.model.baseline.BaselineDiff.Status;
import org.designregistry.model.baseline.BaselineNotFoundException;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.resource.ResourceExistsException;
import org.designregistry.model.resource.Resources;
import org.designregistry.server.linkeddata.LocalUrls;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * The baseline pages: the list with a form that freezes a new one (approvers), one baseline with
 * its exports and comparisons, and the difference between two (counts first, each change linked).
 */
@Controller
class BaselineController {

    private final Baselines baselines;
    private final Resources resources;
    private final LocalUrls urls;
    private final DiffImpact diffImpact;

    BaselineController(
            Baselines baselines, Resources resources, LocalUrls urls, DiffImpact diffImpact) {
        this.baselines = baselines;
        this.resources = resources;
        this.urls = urls;
        this.diffImpact = diffImpact;
    }

    @GetMapping("/baselines")
    ModelAndView list() {
        return listPage(null, new BaselineRequest("", "", "", ""), HttpStatus.OK);
    }

    @PostMapping("/baselines")
    ModelAndView create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String decision) {
        BaselineRequest form = new BaselineRequest(name, null, description, decision);
        try {
            Optional<String> approvedBy =
                    decision.isBlank()
                            ? Optional.empty()
                            : Optional.of(resources.resolve(Ref.parse(decision)));
            Baseline created = baselines.create(form.toDraft(approvedBy));
            return new ModelAndView("redirect:" + BaselinePaths.page(created.name()));
        } catch (ResourceExistsException e) {
            return listPage(e.getMessage(), form, HttpStatus.CONFLICT);
        } catch (RegistryException e) {
            return listPage(e.getMessage(), form, HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/baselines/{name}")
    ModelAndView show(@PathVariable String name) {
        ModelAndView page = new ModelAndView("baseline/show");
        page.addObject("baseline", found(name));
        page.addObject("others", baselines.list());
        return page;
    }

    @GetMapping("/baselines/{from}/diff")
    String diffForm(@PathVariable String from, @RequestParam String to) {
        return "redirect:" + BaselinePaths.diffPage(found(from).name(), to);
    }

    @GetMapping("/baselines/{from}/diff/{to}")
    ModelAndView diff(
            @PathVariable String from,
            @PathVariable String to,
            @RequestParam(defaultValue = "false") boolean impact) {
        BaselineDiff diff;
        try {
            diff = baselines.diff(from, BaselineApiController.other(to));
        } catch (BaselineNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        ModelAndView page = new ModelAndView("baseline/diff");
        page.addObject("diff", DiffResponse.of(diff, urls));
        page.addObject("added", diff.count(Status.ADDED));
        page.addObject("removed", diff.count(Status.REMOVED));
        page.addObject("changed", diff.count(Status.CHANGED));
        page.addObject("api", BaselinePaths.api(diff.from().name()) + "/diff/" + to);
        page.addObject(
                "self",
                BaselinePaths.page(diff.from().name())
                        + "/diff/"
                        + UriUtils.encodePathSegment(to, "UTF-8"));
        page.addObject("impactAsked", impact);
        page.addObject("impact", impact ? diffImpact.of(diff).orElse(null) : null);
        return page;
    }

    private Baseline found(String name) {
        try {
            return baselines.get(name);
        } catch (BaselineNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private ModelAndView listPage(String error, BaselineRequest form, HttpStatus status) {
        ModelAndView page = new ModelAndView("baseline/list", status);
        page.addObject("baselines", baselines.list());
        page.addObject("form", form);
        page.addObject("error", error);
        return page;
    }
}
