package org.designregistry.server.suspect;

import java.util.List;
import org.designregistry.model.RegistryException;
import org.designregistry.model.suspect.SuspectLinkNotFoundException;
import org.designregistry.model.suspect.SuspectLinks;
import org.designregistry.model.suspect.SuspectPage;
import org.designregistry.server.web.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The suspect-links page: the links to review, filtered and paged, each with a box to tick, and a
 * form that clears the ticked ones with one comment (editors; the security configuration requires
 * the role for the post, and the form carries the CSRF token as every form does).
 */
@Controller
class SuspectLinkController {

    /** Links per page. */
    static final int PAGE_SIZE = 50;

    private final SuspectLinks suspects;

    SuspectLinkController(SuspectLinks suspects) {
        this.suspects = suspects;
    }

    @GetMapping("/suspect-links")
    ModelAndView list(
            @RequestParam(defaultValue = "") String workstream,
            @RequestParam(defaultValue = "") String owner,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String since,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) Long cleared) {
        ModelAndView view =
                page(new Filters(workstream, owner, kind, since), page, null, "", HttpStatus.OK);
        view.addObject("cleared", cleared);
        return view;
    }

    @PostMapping("/suspect-links/clear")
    ModelAndView clear(
            @RequestParam(name = "id", required = false) List<String> ids,
            @RequestParam(defaultValue = "") String comment) {
        try {
            long change = suspects.clear(ids == null ? List.of() : ids, comment);
            return new ModelAndView("redirect:/suspect-links?cleared=" + change);
        } catch (SuspectLinkNotFoundException e) {
            return page(Filters.NONE, 1, e.getMessage(), comment, HttpStatus.CONFLICT);
        } catch (RegistryException e) {
            return page(Filters.NONE, 1, e.getMessage(), comment, HttpStatus.BAD_REQUEST);
        }
    }

    private ModelAndView page(
            Filters filters, int page, String error, String comment, HttpStatus status) {
        int shown = Math.max(page, 1);
        SuspectPage found =
                suspects.list(
                        SuspectLinkApiController.query(
                                filters.workstream(),
                                filters.owner(),
                                filters.kind(),
                                filters.since(),
                                shown - 1,
                                PAGE_SIZE));
        int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        ModelAndView view = new ModelAndView("suspect/list", status);
        view.addObject("links", found.items());
        view.addObject("total", found.total());
        view.addObject("filters", filters);
        view.addObject("error", error);
        view.addObject("comment", comment);
        view.addObject("pagination", Pagination.of(shown, pages, n -> filters.href(n)));
        return view;
    }

    /** The list's filters, as the page's form sends them. */
    record Filters(String workstream, String owner, String kind, String since) {

        static final Filters NONE = new Filters("", "", "", "");

        /** Returns the address of page {@code n} with these filters. */
        String href(int n) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/suspect-links");
            if (!workstream.isBlank()) {
                uri.queryParam("workstream", workstream);
            }
            if (!owner.isBlank()) {
                uri.queryParam("owner", owner);
            }
            if (!kind.isBlank()) {
                uri.queryParam("kind", kind);
            }
            if (!since.isBlank()) {
                uri.queryParam("since", since);
            }
            return uri.queryParam("page", n).encode().toUriString();
        }
    }
}
