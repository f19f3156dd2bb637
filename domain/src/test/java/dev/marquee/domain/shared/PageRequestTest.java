package dev.marquee.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejectsPageBelowOne(int page) {
        assertThatThrownBy(() -> new PageRequest(page, 20, List.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("page"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 101, 1000})
    void rejectsSizeOutsideOneToHundred(int size) {
        assertThatThrownBy(() -> new PageRequest(1, size, List.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("size"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 100})
    void acceptsSizeFromOneToHundred(int size) {
        assertThat(new PageRequest(1, size, List.of()).size()).isEqualTo(size);
    }

    @Test
    void firstPageStartsAtOffsetZero() {
        assertThat(PageRequest.first(20).offset()).isZero();
    }

    @Test
    void offsetSkipsThePrecedingPages() {
        assertThat(new PageRequest(3, 25, List.of()).offset()).isEqualTo(50);
    }

    @Test
    void offsetDoesNotOverflowForLargePageNumbers() {
        assertThat(new PageRequest(Integer.MAX_VALUE, 100, List.of()).offset())
                .isEqualTo((Integer.MAX_VALUE - 1L) * 100);
    }

    @Test
    void firstIsPageOneWithoutSort() {
        PageRequest first = PageRequest.first(10);

        assertThat(first.page()).isEqualTo(1);
        assertThat(first.size()).isEqualTo(10);
        assertThat(first.sort()).isEmpty();
    }

    @Test
    void defaultSortAppliesWhenNoneWasRequested() {
        PageRequest request = new PageRequest(2, 10, List.of());

        assertThat(request.orDefaultSort(SortOrder.ascending("name")))
                .isEqualTo(new PageRequest(2, 10, List.of(SortOrder.ascending("name"))));
    }

    @Test
    void defaultSortDoesNotReplaceARequestedSort() {
        PageRequest request = new PageRequest(1, 10, List.of(SortOrder.descending("id")));

        assertThat(request.orDefaultSort(SortOrder.ascending("name")).sort())
                .containsExactly(SortOrder.descending("id"));
    }

    @Test
    void sortIsCopiedSoLaterChangesToTheCallersListDoNotLeakIn() {
        List<SortOrder> sort = new ArrayList<>(List.of(SortOrder.ascending("name")));
        PageRequest request = new PageRequest(1, 10, sort);

        sort.add(SortOrder.descending("id"));

        assertThat(request.sort()).containsExactly(SortOrder.ascending("name"));
    }
}
