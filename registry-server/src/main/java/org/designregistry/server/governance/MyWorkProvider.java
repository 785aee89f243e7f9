package org.designregistry.server.governance;

import java.util.List;
import java.util.Optional;
import org.designregistry.server.security.SignedInUser;

/**
 * One section of the "My work" page: what the signed-in person must review, decide or answer of one
 * kind. Each feature adds its own as a Spring bean (ordered with {@code @Order}); the page shows
 * every section a provider returns, in that order.
 */
public interface MyWorkProvider {

    /** Returns this provider's section for {@code user}, or empty when it has nothing for them. */
    Optional<Section> section(SignedInUser user);

    /**
     * A section of the page.
     *
     * @param id the section's HTML id
     * @param title its heading
     * @param description one sentence on what its items ask of the person
     * @param items its items, most urgent first; an empty list shows "Nothing to do"
     */
    record Section(String id, String title, String description, List<Item> items) {

        /** Copies the list. */
        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * An item to act on.
     *
     * @param label what it is
     * @param href its page
     * @param detail where it stands, in a few words
     */
    record Item(String label, String href, String detail) {}
}
