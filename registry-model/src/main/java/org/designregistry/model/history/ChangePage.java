package org.designregistry.model.history;

import java.util.List;

/**
 * One page of changes, newest first.
 *
 * @param items the changes on this page
 * @param page the page, from 0
 * @param size the changes per page asked for
 * @param total how many changes match in all
 */
public record ChangePage(List<ChangeRecord> items, int page, int size, long total) {

    public ChangePage {
        items = List.copyOf(items);
    }
}
