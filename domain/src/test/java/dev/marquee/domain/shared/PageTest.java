package dev.marquee.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

    @ParameterizedTest(name = "{0} items in pages of {1} -> {2} pages")
    @CsvSource({
        "0, 20, 0",
        "1, 20, 1",
        "20, 20, 1",
        "40, 20, 2",
        "41, 20, 3",
        "99, 100, 1",
        "123, 20, 7",
        "5, 1, 5"
    })
    void countsPagesRoundingUp(long totalItems, int size, int expectedPages) {
        assertThat(new Page<>(List.of(), 1, size, totalItems).totalPages())
                .isEqualTo(expectedPages);
    }

    @Test
    void noItemsMeansNoPages() {
        assertThat(Page.of(List.of(), PageRequest.first(20), 0).totalPages()).isZero();
    }

    @Test
    void ofTakesPageAndSizeFromTheRequest() {
        Page<String> page = Page.of(List.of("a", "b"), new PageRequest(3, 2, List.of()), 9);

        assertThat(page.page()).isEqualTo(3);
        assertThat(page.size()).isEqualTo(2);
        assertThat(page.totalItems()).isEqualTo(9);
        assertThat(page.totalPages()).isEqualTo(5);
    }

    @Test
    void mapTransformsItemsAndKeepsPaging() {
        Page<String> page = new Page<>(List.of("drama", "western"), 2, 2, 5);

        Page<Integer> lengths = page.map(String::length);

        assertThat(lengths.items()).containsExactly(5, 7);
        assertThat(lengths.page()).isEqualTo(2);
        assertThat(lengths.size()).isEqualTo(2);
        assertThat(lengths.totalItems()).isEqualTo(5);
    }

    @Test
    void anEstimateIsFlaggedAndNeverBelowWhatThePageProves() {
        Page<String> page = Page.estimated(List.of("a", "b"), new PageRequest(4, 2, List.of()), 3);

        assertThat(page.totalItemsExact()).isFalse();
        assertThat(page.totalItems()).isEqualTo(8);
        assertThat(page.map(String::length).totalItemsExact()).isFalse();
    }

    @Test
    void aCountedTotalIsExact() {
        assertThat(Page.of(List.of(), PageRequest.first(20), 0).totalItemsExact()).isTrue();
    }
}
