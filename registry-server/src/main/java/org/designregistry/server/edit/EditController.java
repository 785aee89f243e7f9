package org.designregistry.server.edit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.designregistry.model.RegistryException;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.TermTooLongException;
import org.designregistry.model.baseline.BaselineWriteRefusedException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.resource.EditFields;
import org.designregistry.model.resource.ResourceDescription;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.model.resource.Resources;
import org.designregistry.model.resource.StaleVersionException;
import org.designregistry.server.edit.EditPages.Refusal;
import org.designregistry.server.web.PageErrors;
import org.designregistry.server.web.PageLinks;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /resource/{kind}/{identifier}/edit}: the form that edits a resource's label, values and
 * links (editors only; the security configuration keeps everyone else out). A save replaces what
 * the resource states by what the form holds, checked against the shapes; a refused save shows the
 * form again as posted, with each reason beside the field it concerns: 400 for a value that cannot
 * be read, 422 for a shape's violation, 409 when the resource changed since the form was drawn, 403
 * for a decision the editor's role may not change.
 */
@Controller
class EditController {

    private static final PageLinks LINKS = new PageLinks();

    /**
     * Rows a form may post: resources with hundreds of links must fit. Tomcat's parameter limit
     * ({@code server.tomcat.max-parameter-count}) allows at least this many rows of eight fields.
     */
    static final int MAX_ROWS = 2_500;

    private final Resources resources;
    private final EditPages pages;

    EditController(Resources resources) {
        this.resources = resources;
        this.pages = new EditPages(EditFields.standard());
    }

    @InitBinder("form")
    void allowLongForms(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_ROWS);
        // A row index past the limit, or one that is not a number, is not a field of this form.
        binder.setIgnoreInvalidFields(true);
    }

    /**
     * A form this page did not draw (a row index that is not a number, a bad value): nothing to
     * show it back with. Spring's binder reports such an index as a {@link NumberFormatException}.
     */
    @ExceptionHandler({
        BindException.class,
        InvalidPropertyException.class,
        NumberFormatException.class,
        IndexOutOfBoundsException.class
    })
    ModelAndView unreadableForm() {
        return PageErrors.page(
                HttpStatus.BAD_REQUEST,
                "The form could not be read, so nothing was saved: open the resource's edit form"
                        + " again.");
    }

    @GetMapping("/resource/{kind}/{identifier}/edit")
    ModelAndView form(@PathVariable String kind, @PathVariable String identifier) {
        ResourceDescription resource = find(kind, identifier);
        return page(resource, pages.formOf(resource), Refusal.NONE, HttpStatus.OK);
    }

    @PostMapping("/resource/{kind}/{identifier}/edit")
    ModelAndView save(
            @PathVariable String kind,
            @PathVariable String identifier,
            @ModelAttribute("form") EditForm form,
            RedirectAttributes redirect) {
        ResourceDescription resource = find(kind, identifier);
        EditSubmission submission = EditSubmission.of(form, resources);
        if (!submission.acceptable()) {
            Refusal refusal =
                    new Refusal(
                            submission.labelError(),
                            submission.rowErrors(),
                            List.of(),
                            Optional.empty());
            return page(resource, form, refusal, HttpStatus.BAD_REQUEST);
        }
        try {
            // The reason goes into the change record of the save.
            ResourceDescription saved =
                    ChangeContext.callWith(
                            ChangeContext.current().withMessage(form.reason()),
                            () ->
                                    resources.replace(
                                            resource.iri(), form.version(), submission.draft()));
            redirect.addFlashAttribute("saved", saved.label());
            return new ModelAndView("redirect:" + LINKS.resource(saved.iri(), saved.ref()));
        } catch (ShapeViolationException e) {
            Refusal refusal =
                    new Refusal(
                            Optional.empty(), Map.of(), e.report().violations(), Optional.empty());
            return page(resource, form, refusal, HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (StaleVersionException e) {
            return page(
                    resource,
                    form,
                    Refusal.notice(
                            "Somebody changed this resource after you opened the form, so your"
                                    + " changes were not saved. Open the form again to see the"
                                    + " current version, and redo your changes there."),
                    HttpStatus.CONFLICT);
        } catch (DecisionWriteRefusedException e) {
            return page(
                    resource,
                    form,
                    Refusal.notice(
                            "Recording, changing or deleting decisions needs the approver role:"
                                    + " these changes alter "
                                    + e.describeDecisions()
                                    + ", so they were not saved."),
                    HttpStatus.FORBIDDEN);
        } catch (BaselineWriteRefusedException e) {
            return page(resource, form, Refusal.notice(e.getMessage()), HttpStatus.CONFLICT);
        } catch (TermTooLongException e) {
            // Well formed, but more than the registry stores: 422, as the API answers.
            return page(
                    resource,
                    form,
                    Refusal.notice(e.getMessage()),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (RegistryException e) {
            return page(resource, form, Refusal.notice(e.getMessage()), HttpStatus.BAD_REQUEST);
        }
    }

    private ModelAndView page(
            ResourceDescription resource, EditForm form, Refusal refusal, HttpStatus status) {
        ModelAndView page = new ModelAndView("edit/resource", status);
        page.addObject("edit", pages.page(resource, form, refusal));
        page.addObject("resourcePage", LINKS.resource(resource.iri(), resource.ref()));
        page.addObject("editPage", LINKS.resource(resource.iri(), resource.ref()) + "/edit");
        return page;
    }

    private ResourceDescription find(String kind, String identifier) {
        Ref.Kind named = PageErrors.kindNamed(kind);
        try {
            return resources.describe(Ref.of(named, identifier));
        } catch (ResourceNotFoundException e) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "Nothing in the registry has the reference " + Ref.of(named, identifier) + ".");
        }
    }
}
