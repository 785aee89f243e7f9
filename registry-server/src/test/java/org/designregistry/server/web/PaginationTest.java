package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.designregistry.server.web.Pagination.Item;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void showsFirstLastAndTheNeighboursOfTheCurrentPageWithGaps() {
        Pagination p = Pagination.of(5, 9, n -> "?page=" + n);

        assertThat(p.items())
                .extracting(
                        i ->
                                i.ellipsis()
                                        ? "..."
                                        : (i.current() ? "[" + i.number() + "]" : "" + i.number()))
                .containsExactly("1", "...", "4", "[5]", "6", "...", "9");
        assertThat(p.previous()).contains(new Item(4, "?page=4", false));
        assertThat(p.next()).contains(new Item(6, "?page=6", false));
        assertThat(p.needed()).isTrue();
    }

    @Test
    void hasNoPreviousOnTheFirstPageAndNoNextOnTheLast() {
        assertThat(Pagination.of(1, 3, n -> "" + n).previous()).isEmpty();
        assertThat(Pagination.of(3, 3, n -> "" + n).next()).isEmpty();
        assertThat(Pagination.of(2, 3, n -> "" + n).items())
                .extracting(Item::number)
                .containsExactly(1, 2, 3);
    }

    @Test
    void isNotNeededForOnePage() {
        Pagination one = Pagination.of(1, 1, n -> "" + n);

        assertThat(one.needed()).isFalse();
        assertThat(one.previous()).isEmpty();
        assertThat(one.next()).isEmpty();
    }

    @Test
    void leadsBackFromAPageBeyondTheLast() {
        Pagination beyond = Pagination.of(7, 3, n -> "" + n);

        assertThat(beyond.previous()).isEmpty();
        assertThat(beyond.next()).isEmpty();
        assertThat(beyond.items()).extracting(Item::number).contains(1, 3);
        assertThat(beyond.needed()).isTrue();
    }
}
