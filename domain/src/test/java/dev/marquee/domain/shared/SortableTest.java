package dev.marquee.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SortableTest {

    private final Sortable sortable = Sortable.by("id", "name");

    @Test
    void acceptsRequestWithoutSort() {
        PageRequest request = PageRequest.first(20);

        assertThat(sortable.check(request)).isEqualTo(request);
    }

    @Test
    void acceptsSortByPublishedFields() {
        PageRequest request =
                new PageRequest(
                        1, 20, List.of(SortOrder.descending("name"), SortOrder.ascending("id")));

        assertThat(sortable.check(request)).isEqualTo(request);
    }

    @Test
    void rejectsUnknownFieldAsInvalidSort() {
        PageRequest request =
                new PageRequest(
                        1,
                        20,
                        List.of(SortOrder.ascending("name"), SortOrder.ascending("password")));

        assertThatThrownBy(() -> sortable.check(request))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.code()).isEqualTo("invalid-input");
                            assertThat(e.violations())
                                    .singleElement()
                                    .satisfies(
                                            violation -> {
                                                assertThat(violation.field()).isEqualTo("sort");
                                                assertThat(violation.message())
                                                        .contains("password");
                                            });
                        });
    }

    @Test
    void errorListsTheSortableFields() {
        PageRequest request = new PageRequest(1, 20, List.of(SortOrder.ascending("popularity")));

        assertThatThrownBy(() -> sortable.check(request)).hasMessageContaining("id, name");
    }

    @Test
    void fieldNamesAreCaseSensitive() {
        PageRequest request = new PageRequest(1, 20, List.of(SortOrder.ascending("Name")));

        assertThatThrownBy(() -> sortable.check(request)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void sortOrderRejectsBlankField() {
        assertThatThrownBy(() -> SortOrder.ascending(" "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("sort"));
    }
}
