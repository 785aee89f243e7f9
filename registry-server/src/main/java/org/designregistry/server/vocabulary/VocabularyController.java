package org.designregistry.server.vocabulary;

import org.designregistry.model.vocabulary.Term;
import org.designregistry.model.vocabulary.TermUsage;
import org.designregistry.model.vocabulary.Vocabulary;
import org.designregistry.server.web.PageLinks;
import org.designregistry.server.web.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The vocabulary's pages: {@code /vocabulary} lists every concept scheme with its concepts, and the
 * ontology's classes, relations and properties; {@code /vocabulary/term?iri=} shows one term (its
 * label, definition, scheme, broader and narrower terms) and the resources that use it, {@value
 * #PAGE_SIZE} a page ({@code page=}).
 */
@Controller
class VocabularyController {

    /** The most resources a term's page lists at once. */
    static final int PAGE_SIZE = 50;

    private static final PageLinks LINKS = new PageLinks();

    private final Vocabulary vocabulary;

    VocabularyController(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @GetMapping("/vocabulary")
    String index(Model model) {
        model.addAttribute("groups", vocabulary.index());
        return "vocabulary/index";
    }

    @GetMapping("/vocabulary/term")
    String term(@RequestParam String iri, @RequestParam(defaultValue = "1") int page, Model model) {
        Term term =
                vocabulary
                        .term(iri)
                        .orElseThrow(
                                () ->
                                        new ResponseStatusException(
                                                HttpStatus.NOT_FOUND,
                                                "The registry's ontology and concept schemes have"
                                                        + " no term "
                                                        + iri
                                                        + "."));
        int asked = Math.max(page, 1);
        TermUsage usage = vocabulary.usage(iri, (asked - 1) * PAGE_SIZE, PAGE_SIZE);
        int pages = Math.max(1, (usage.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(asked, pages);
        if (shown != asked) {
            // Past the last page: show the last, as every paged list does.
            usage = vocabulary.usage(iri, (shown - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        model.addAttribute("term", term);
        model.addAttribute("usage", usage);
        model.addAttribute("pagination", Pagination.of(shown, pages, p -> LINKS.term(iri, p)));
        return "vocabulary/term";
    }
}
