package org.designregistry.server.edit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.resource.EditFields;
import org.designregistry.model.resource.ResourceDescription;
import org.designregistry.model.resource.ResourceDraft;
import org.designregistry.model.resource.Resources;
import org.designregistry.model.resource.Term;
import org.designregistry.server.edit.EditPages.Refusal;
import org.designregistry.server.web.PageErrors;
import org.designregistry.server.web.PageLinks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /new}: an editor picks a kind, then fills in the edit form the shapes draw for that kind
 * ({@code /new/{kind}}) with an identifier; saving creates the resource through the model's {@code
 * Resources}, checked like every write and recorded in the history. A refused one comes back as
 * posted with the reasons (400 an unreadable value or a missing identifier, 409 an identifier
 * already held, 422 a shape's violation, 403 a decision, which needs an approver).
 */
@Controller
class NewResourceController {

    private static final PageLinks LINKS = new PageLinks();

    private final Resources resources;
    private final EditPages pages;

    NewResourceController(Resources resources) {
        this.resources = resources;
        this.pages = new EditPages(EditFields.standard());
    }

    @InitBinder("form")
    void allowLongForms(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(EditController.MAX_ROWS);
        binder.setIgnoreInvalidFields(true);
    }

    @GetMapping("/new")
    ModelAndView kinds() {
        ModelAndView page = new ModelAndView("edit/new");
        page.addObject("kinds", Arrays.stream(Ref.Kind.values()).map(Ref.Kind::kindName).toList());
        return page;
    }

    @GetMapping("/new/{kind}")
    ModelAndView form(@PathVariable String kind) {
        ResourceDescription blank = blank(PageErrors.kindNamed(kind), "");
        return page(blank, pages.formOf(blank), Refusal.NONE, Optional.empty(), HttpStatus.OK);
    }

    @PostMapping("/new/{kind}")
    ModelAndView create(
            @PathVariable String kind,
            @RequestParam(defaultValue = "") String identifier,
            @ModelAttribute("form") EditForm form,
            RedirectAttributes redirect) {
        Ref.Kind chosen = PageErrors.kindNamed(kind);
        String id = identifier.strip();
        ResourceDescription blank = blank(chosen, id);
        EditSubmission submission = EditSubmission.of(form, resources);
        Optional<String> identifierError =
                id.isEmpty()
                        ? Optional.of("Enter an identifier, such as DES200: it names the resource")
                        : Optional.empty();
        if (!submission.acceptable() || identifierError.isPresent()) {
            Refusal refusal =
                    new Refusal(
                            submission.labelError(),
                            submission.rowErrors(),
                            List.of(),
                            identifierError.map(e -> "Nothing was created: " + e + "."));
            return page(blank, form, refusal, identifierError, HttpStatus.BAD_REQUEST);
        }
        ResourceDraft draft = submission.draft();
        ResourceDraft withName =
                new ResourceDraft(
                        Optional.of(chosen),
                        Optional.of(id),
                        draft.label(),
                        draft.properties(),
                        draft.links());
        try {
            ResourceDescription created =
                    ChangeContext.callWith(
                            ChangeContext.current().withMessage(form.reason()),
                            () -> resources.create(withName));
            redirect.addFlashAttribute("created", created.label());
            return new ModelAndView("redirect:" + LINKS.resource(created.iri(), created.ref()));
        } catch (RegistryException e) {
            WriteRefusals refused = WriteRefusals.of(e);
            return page(blank, form, refused.refusal(), Optional.empty(), refused.status());
        }
    }

    /** A description of nothing yet: the kind's class, so the form draws that kind's fields. */
    private ResourceDescription blank(Ref.Kind kind, String identifier) {
        String iri =
                identifier.isEmpty()
                        ? resources.baseIri() + kind.kindName() + "/"
                        : resources.iriOf(kind, identifier);
        return new ResourceDescription(
                iri,
                identifier,
                "",
                Optional.of(kind),
                List.of(new Term(kind.classIri(), kind.classIri(), kind.kindName())),
                List.of(),
                List.of(),
                List.of(),
                "");
    }

    private ModelAndView page(
            ResourceDescription blank,
            EditForm form,
            Refusal refusal,
            Optional<String> identifierError,
            HttpStatus status) {
        String kind = blank.kind().orElseThrow().kindName();
        ModelAndView page = new ModelAndView("edit/resource", status);
        page.addObject("edit", pages.page(blank, form, refusal));
        page.addObject("creating", kind);
        page.addObject("identifier", blank.identifier());
        page.addObject("identifierError", identifierError.orElse(null));
        page.addObject("resourcePage", LINKS.browse(kind));
        page.addObject("editPage", "/new/" + kind);
        return page;
    }
}
