package org.designregistry.server.watch;

import java.util.List;
import org.designregistry.model.Registry;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.server.security.SignedInUser;
import org.designregistry.server.web.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A signed-in person's watch list: {@code POST /watch} starts ({@code watch=true}) or stops
 * watching a resource or a workstream and goes back to the page it came from; {@code GET
 * /my-registry} shows what they watch and the recorded changes that touched it since they last
 * looked, then marks those seen.
 */
@Controller
class WatchController {

    private final WatchStore store;
    private final ChangeHistory history;
    private final RegistryBrowser browser;

    WatchController(WatchStore store, Registry registry, RegistryBrowser browser) {
        this.store = store;
        this.history = registry.history();
        this.browser = browser;
    }

    @PostMapping("/watch")
    ModelAndView watch(
            @RequestParam String iri,
            @RequestParam(defaultValue = "true") boolean watch,
            @RequestParam(defaultValue = "/my-registry") String back) {
        String user = user();
        if (watch && browser.describe(iri).isEmpty()) {
            return PageErrors.page(
                    HttpStatus.NOT_FOUND,
                    "The registry does not describe " + iri + ", so it cannot be watched.");
        }
        try {
            if (watch) {
                store.watch(user, iri, history.latest());
            } else {
                store.unwatch(user, iri, history.latest());
            }
        } catch (IllegalArgumentException e) {
            return PageErrors.page(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return new ModelAndView("redirect:" + (isLocalPath(back) ? back : "/my-registry"));
    }

    @GetMapping("/my-registry")
    ModelAndView myRegistry() {
        String user = user();
        long latest = history.latest();
        WatchStore.Watcher watcher = store.of(user, latest);
        WatchedChanges changes =
                WatchedChanges.since(history, browser, watcher.watching(), watcher.seen());
        store.seen(user, latest);
        ModelAndView page = new ModelAndView("watch/my-registry");
        page.addObject("watched", browser.items(watcher.watching()));
        page.addObject("gone", gone(watcher.watching()));
        page.addObject("changes", changes);
        page.addObject("seen", watcher.seen());
        page.addObject("maxShown", WatchedChanges.MAX_SHOWN);
        return page;
    }

    /** The watched IRIs the data no longer types, such as deleted resources. */
    private List<String> gone(List<String> watching) {
        List<String> present =
                browser.items(watching).stream().map(i -> i.resource().iri()).toList();
        return watching.stream().filter(w -> !present.contains(w)).toList();
    }

    /** A path on this site: a redirect never leaves it. */
    private static boolean isLocalPath(String back) {
        return back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
    }

    private static String user() {
        SignedInUser user = SignedInUser.of(SecurityContextHolder.getContext().getAuthentication());
        if (!user.signedIn()) {
            // The security configuration lets nobody else in; this is a second lock.
            throw new org.springframework.web.server.ResponseStatusException(
                    HttpStatus.UNAUTHORIZED, "Sign in to keep a watch list.");
        }
        return user.name();
    }
}
