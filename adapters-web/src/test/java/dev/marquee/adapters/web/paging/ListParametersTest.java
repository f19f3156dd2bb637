package dev.marquee.adapters.web.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListParametersTest {

    @Test
    void noParametersMeanTheFirstPageOfTheDefaultSizeInTheListsOwnOrder() {
        assertThat(new ListParameters(null, null, null).toPageRequest())
                .isEqualTo(new PageRequest(1, PageRequest.DEFAULT_SIZE, List.of()));
    }

    @Test
    void readsEverySortInOrderWithAscendingAsTheDefaultDirection() {
        PageRequest request =
                new ListParameters(3, 50, List.of("title", " releaseDate , DESC ", "id,asc"))
                        .toPageRequest();

        assertThat(request.page()).isEqualTo(3);
        assertThat(request.size()).isEqualTo(50);
        assertThat(request.sort())
                .containsExactly(
                        SortOrder.ascending("title"),
                        SortOrder.descending("releaseDate"),
                        SortOrder.ascending("id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ",asc", "title,up", "title,asc,desc", " ,desc"})
    void aMalformedSortIsInvalidInputNamingSort(String sort) {
        assertThatThrownBy(() -> new ListParameters(null, null, List.of(sort)).toPageRequest())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("sort"));
    }

    @Test
    void pageAndSizeOutOfRangeAreInvalidInputNamingTheirField() {
        assertThatThrownBy(() -> new ListParameters(0, null, null).toPageRequest())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("page"));
        assertThatThrownBy(
                        () -> new ListParameters(1, PageRequest.MAX_SIZE + 1, null).toPageRequest())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("size"));
    }
}
