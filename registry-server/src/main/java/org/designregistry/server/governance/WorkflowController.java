package org.designregistry.server.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.governance.DecisionAuthorityException;
import org.designregistry.model.governance.Governance;
import org.designregistry.model.governance.Outcome;
import org.designregistry.model.governance.Recommendation;
import org.designregistry.model.governance.WorkflowStateException;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.server.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The workflow's pages for editors and approvers: a body's agenda, a recommendation with the form
 * that records its decision, the form that submits one, the decisions log and "My work". A refused
 * form comes back with the reason and the status of the refusal (403 not an approver, 409 decided
 * already, 422 not this body's decision, 400 bad input).
 */
@Controller
class WorkflowController {

    private final Governance governance;
    private final WorkflowSteps steps;
    private final WorkflowRefs refs;
    private final Clock clock;
    private final List<MyWorkProvider> providers;

    WorkflowController(
            Governance governance,
            WorkflowSteps steps,
            WorkflowRefs refs,
            Clock clock,
            List<MyWorkProvider> providers) {
        this.governance = governance;
        this.steps = steps;
        this.refs = refs;
        this.clock = clock;
        this.providers = providers;
    }

    @GetMapping("/bodies/{id}/agenda")
    ModelAndView agenda(@PathVariable("id") String id) {
        String body = refs.iri(id, Ref.Kind.BODY, "body");
        ModelAndView page = new ModelAndView("governance/agenda");
        page.addObject("agenda", governance.agenda(body, LocalDate.now(clock)));
        page.addObject("meetings", governance.meetings(body));
        return page;
    }

    @GetMapping("/recommendations/{id}")
    ModelAndView recommendation(
            @PathVariable("id") String id,
            @RequestParam(name = "decided", required = false) String decided) {
        ModelAndView page = recommendationPage(id);
        page.addObject("decided", decided != null);
        return page;
    }

    @PostMapping("/recommendations/{id}/decision")
    ModelAndView decide(@PathVariable("id") String id, @ModelAttribute DecisionForm form) {
        try {
            steps.decide(id, form.request());
            return new ModelAndView("redirect:/recommendations/" + id + "?decided");
        } catch (RegistryException e) {
            ModelAndView page = recommendationPage(id);
            page.setStatus(status(e));
            page.addObject("error", e.getMessage());
            page.addObject("form", form);
            return page;
        }
    }

    @GetMapping("/recommendations/new")
    ModelAndView newRecommendation(
            @RequestParam(name = "subject", required = false) String subject,
            @RequestParam(name = "body", required = false) String body) {
        ModelAndView page = new ModelAndView("governance/new-recommendation");
        page.addObject(
                "form", new RecommendationForm(body == null ? "DAG" : body, subject, "", "", ""));
        return page;
    }

    @PostMapping("/recommendations")
    ModelAndView submit(@ModelAttribute RecommendationForm form) {
        try {
            String iri = steps.submit(form.request());
            return new ModelAndView(
                    "redirect:/recommendations/" + iri.substring(iri.lastIndexOf('/') + 1));
        } catch (RegistryException e) {
            ModelAndView page = new ModelAndView("governance/new-recommendation");
            page.setStatus(status(e));
            page.addObject("error", e.getMessage());
            page.addObject("form", form);
            return page;
        }
    }

    @GetMapping("/decisions/log")
    ModelAndView log() {
        ModelAndView page = new ModelAndView("governance/log");
        page.addObject("entries", governance.log().entries());
        return page;
    }

    @GetMapping("/my-work")
    ModelAndView myWork(@ModelAttribute("signedIn") SignedInUser user) {
        ModelAndView page = new ModelAndView("governance/my-work");
        page.addObject(
                "sections",
                providers.stream().map(p -> p.section(user)).flatMap(Optional::stream).toList());
        return page;
    }

    private ModelAndView recommendationPage(String id) {
        String iri = refs.iri(id, Ref.Kind.RECOMMENDATION, "recommendation");
        Recommendation rec =
                governance
                        .recommendation(iri)
                        .orElseThrow(
                                () -> new ResourceNotFoundException("No recommendation " + id));
        ModelAndView page = new ModelAndView("governance/recommendation");
        page.addObject("rec", rec);
        page.addObject("outcomes", Arrays.asList(Outcome.values()));
        page.addObject("form", new DecisionForm("", "", "", "", "", "", Boolean.FALSE));
        rec.decision().ifPresent(d -> page.addObject("conditions", governance.conditions(d.iri())));
        return page;
    }

    private static HttpStatus status(RegistryException e) {
        if (e instanceof DecisionWriteRefusedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof DecisionAuthorityException) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        if (e instanceof WorkflowStateException) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof ResourceNotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof org.designregistry.model.ShapeViolationException) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        return HttpStatus.BAD_REQUEST;
    }

    /**
     * The record-a-decision form: the outcome's code, the rationale, the conditions one a line, the
     * deciding body, level (1 to 4) and meeting, each its default when blank, and the box that
     * acknowledges changes to the subjects since the recommendation.
     */
    record DecisionForm(
            String outcome,
            String rationale,
            String conditions,
            String body,
            String level,
            String meeting,
            Boolean acknowledgeChanges) {

        WorkflowRequests.DecisionRequest request() {
            Integer number = null;
            if (level != null && !level.isBlank()) {
                try {
                    number = Integer.valueOf(level.strip());
                } catch (NumberFormatException e) {
                    throw new RegistryException(
                            "The level '" + level.strip() + "' is not a number from 1 to 4");
                }
            }
            return new WorkflowRequests.DecisionRequest(
                    outcome,
                    rationale,
                    conditions == null ? List.of() : conditions.lines().toList(),
                    body,
                    number,
                    meeting,
                    null,
                    acknowledgeChanges);
        }
    }

    /**
     * The submit-a-recommendation form: the body, the subjects (space or comma separated), texts.
     */
    record RecommendationForm(
            String body, String subjects, String summary, String proposal, String title) {

        WorkflowRequests.RecommendationRequest request() {
            List<String> listed =
                    subjects == null
                            ? List.of()
                            : Arrays.stream(subjects.split("[,\\s]+"))
                                    .filter(s -> !s.isBlank())
                                    .toList();
            return new WorkflowRequests.RecommendationRequest(
                    body, listed, summary, proposal, title);
        }
    }
}
