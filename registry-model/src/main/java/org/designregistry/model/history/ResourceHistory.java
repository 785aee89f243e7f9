package org.designregistry.model.history;

import java.util.List;

/**
 * One page of a resource's changes, newest first, each as readable differences.
 *
 * @param iri the resource
 * @param items the changes on this page
 * @param page the page, from 0
 * @param size the changes per page asked for
 * @param total how many changes touched the resource in all
 */
public record ResourceHistory(
        String iri, List<ResourceChange> items, int page, int size, long total) {

    public ResourceHistory {
        items = List.copyOf(items);
    }
}
