package org.designregistry.server.changerequest;

import java.util.Arrays;
import java.util.List;
import org.designregistry.model.RegistryException;
import org.designregistry.model.changerequest.ChangeRequest;
import org.designregistry.model.changerequest.ChangeRequests;
import org.designregistry.model.changerequest.ImpactPack;
import org.designregistry.model.changerequest.Verdict;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.model.resource.Resources;
import org.designregistry.server.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The change request pages: the list with what awaits the signed-in person's triage, the form that
 * raises one (editors), and a change request's page with its pack, the triage forms (editors), what
 * moved since the assessment, and a print stylesheet that leaves the pack.
 */
@Controller
class ChangeRequestController {

    private final ChangeRequests changeRequests;
    private final Resources resources;
    private final Answerers answerers;

    ChangeRequestController(
            ChangeRequests changeRequests, Resources resources, Answerers answerers) {
        this.changeRequests = changeRequests;
        this.resources = resources;
        this.answerers = answerers;
    }

    @GetMapping(ChangeRequestPaths.PAGES)
    ModelAndView list(Authentication authentication) {
        ModelAndView page = new ModelAndView("changerequest/list");
        page.addObject("changeRequests", changeRequests.list());
        SignedInUser user = SignedInUser.of(authentication);
        page.addObject(
                "awaiting",
                user.signedIn()
                        ? changeRequests.awaiting(answerers.partiesOf(user.name()))
                        : List.of());
        return page;
    }

    @GetMapping(ChangeRequestPaths.PAGES + "/new")
    ModelAndView form(@RequestParam(defaultValue = "") String affects) {
        return formPage(
                new ChangeRequestRequest("", "", "", "", List.of(affects), ""),
                null,
                HttpStatus.OK);
    }

    @PostMapping(ChangeRequestPaths.PAGES)
    ModelAndView raise(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String raiser,
            @RequestParam(defaultValue = "") String constituency,
            @RequestParam(defaultValue = "") String affects,
            @RequestParam(defaultValue = "") String deadline) {
        List<String> starts =
                Arrays.stream(affects.split("[,\\s]+")).filter(a -> !a.isBlank()).toList();
        ChangeRequestRequest form =
                new ChangeRequestRequest(title, reason, raiser, constituency, starts, deadline);
        try {
            ChangeRequest raised =
                    changeRequests.raise(
                            form.toDraft(RaisingConstituency.resolve(resources, constituency)));
            return new ModelAndView("redirect:" + ChangeRequestPaths.page(raised.identifier()));
        } catch (RegistryException e) {
            return formPage(form, e.getMessage(), HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping(ChangeRequestPaths.PAGES + "/{id}")
    ModelAndView show(
            @PathVariable String id, @RequestParam(defaultValue = "false") boolean recompute) {
        return packPage(id, recompute, null, HttpStatus.OK);
    }

    @PostMapping(ChangeRequestPaths.PAGES + "/{id}/triage")
    ModelAndView triage(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String item,
            @RequestParam(defaultValue = "") String verdict,
            @RequestParam(defaultValue = "") String comment) {
        ChangeRequest cr = found(id);
        try {
            changeRequests.triage(cr.identifier(), item, Verdict.parse(verdict), comment);
        } catch (RegistryException e) {
            return packPage(id, false, e.getMessage(), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView(
                "redirect:" + ChangeRequestPaths.page(cr.identifier()) + "#triaged");
    }

    @PostMapping(ChangeRequestPaths.PAGES + "/{id}/reassess")
    String reassess(@PathVariable String id) {
        ChangeRequest cr = found(id);
        changeRequests.reassess(cr.identifier());
        return "redirect:" + ChangeRequestPaths.page(cr.identifier());
    }

    private ModelAndView packPage(String id, boolean recompute, String error, HttpStatus status) {
        ChangeRequest cr = found(id);
        ModelAndView page = new ModelAndView("changerequest/show", status);
        page.addObject("cr", cr);
        page.addObject("error", error);
        page.addObject("verdicts", Verdict.values());
        page.addObject("api", ChangeRequestPaths.api(cr.identifier()));
        if (cr.impact().isPresent()) {
            ImpactPack pack = changeRequests.pack(cr.identifier());
            page.addObject("pack", pack);
            page.addObject("mdName", PackFiles.name(pack, "md"));
            page.addObject("xlsxName", PackFiles.name(pack, "xlsx"));
            if (recompute) {
                page.addObject("drift", changeRequests.recompute(cr.identifier()));
            }
        } else {
            page.addObject("changes", changeRequests.changes(cr.identifier(), 0, 50).items());
        }
        return page;
    }

    private ChangeRequest found(String id) {
        try {
            return changeRequests.get(id);
        } catch (ResourceNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private ModelAndView formPage(ChangeRequestRequest form, String error, HttpStatus status) {
        ModelAndView page = new ModelAndView("changerequest/new", status);
        page.addObject("form", form);
        page.addObject("affectsText", String.join("\n", form.affects()));
        page.addObject("error", error);
        return page;
    }
}
