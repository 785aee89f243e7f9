package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedTest {

    private static final List<Integer> HUNDRED_AND_FIVE =
            IntStream.rangeClosed(1, 105).boxed().toList();

    @Test
    void holdsOnePageOfTheListAndSaysWhereItStarts() {
        Paged<Integer> second = Paged.of(HUNDRED_AND_FIVE, 2, 50, n -> "/p?page=" + n);

        assertThat(second.items()).hasSize(50).startsWith(51).endsWith(100);
        assertThat(second.first()).isEqualTo(51);
        assertThat(second.last()).isEqualTo(100);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(105);
        assertThat(second.pagination().next().orElseThrow().href()).isEqualTo("/p?page=3");
    }

    @Test
    void showsTheLastPageForANumberPastItAndTheFirstForOneBelowOne() {
        assertThat(Paged.of(HUNDRED_AND_FIVE, 99, 50, n -> "").items())
                .containsExactly(101, 102, 103, 104, 105);
        assertThat(Paged.of(HUNDRED_AND_FIVE, -3, 50, n -> "").page()).isEqualTo(1);
    }

    @Test
    void countsNothingInAnEmptyList() {
        Paged<Integer> none = Paged.of(List.of(), 1, 50, n -> "");

        assertThat(none.items()).isEmpty();
        assertThat(none.first()).isZero();
        assertThat(none.last()).isZero();
        assertThat(none.pagination().needed()).isFalse();
    }

    @Test
    void refusesAPageSizeBelowOne() {
        assertThatThrownBy(() -> Paged.of(HUNDRED_AND_FIVE, 1, 0, n -> ""))
                .hasMessageContaining("size");
    }
}
