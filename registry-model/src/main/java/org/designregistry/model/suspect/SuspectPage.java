package org.designregistry.model.suspect;

import java.util.List;

/**
 * One page of suspect links, the most recently marked first.
 *
 * @param items the links on this page
 * @param page the page, from 0
 * @param size the links per page asked for
 * @param total how many links match in all
 */
public record SuspectPage(List<SuspectLink> items, int page, int size, long total) {

    public SuspectPage {
        items = List.copyOf(items);
    }
}
