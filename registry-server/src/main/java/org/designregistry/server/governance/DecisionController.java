package org.designregistry.server.governance;

import java.time.Clock;
import org.designregistry.model.governance.DecisionPublications;
import org.designregistry.model.governance.PublicationStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /decisions/publication[?on=]}: the decisions overdue for publication and those due
 * soon, then every decision's status, on a day (today by default). A date that is not one is shown
 * on the page with the reason (400).
 */
@Controller
class DecisionController {

    private final DecisionPublications publications;
    private final Clock clock;

    DecisionController(DecisionPublications publications, Clock clock) {
        this.publications = publications;
        this.clock = clock;
    }

    @GetMapping("/decisions/publication")
    ModelAndView publication(@RequestParam(name = "on", required = false) String on) {
        ModelAndView page = new ModelAndView("governance/publication");
        page.addObject("on", on == null ? "" : on.strip());
        try {
            var report = publications.report(PublicationQuery.day(on, clock));
            page.addObject("report", report);
            page.addObject("overdue", report.withStatus(PublicationStatus.OVERDUE));
            page.addObject("dueSoon", report.withStatus(PublicationStatus.DUE_SOON));
        } catch (IllegalArgumentException e) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("error", e.getMessage());
        }
        return page;
    }
}
