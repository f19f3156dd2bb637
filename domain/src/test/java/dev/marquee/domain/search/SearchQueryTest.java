package dev.marquee.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u00a0\u2003", "\u0000", " \u0000 \u0007 "})
    void refusesAQueryWithNothingToLookFor(String text) {
        assertThatThrownBy(() -> new SearchQuery(text, Set.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("q must not be blank");
    }

    @Test
    void refusesAQueryOverTwoHundredCharactersButTakesExactlyTwoHundred() {
        assertThat(new SearchQuery("x".repeat(200), Set.of()).text()).hasSize(200);
        assertThat(new SearchQuery("😀".repeat(200), Set.of()).text()).hasSize(400);
        assertThatThrownBy(() -> new SearchQuery("x".repeat(201), Set.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("q must be at most 200 characters");
        assertThatThrownBy(() -> new SearchQuery("x".repeat(100_000), Set.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void takesAnyOtherTextAsTextWithControlCharactersAndBrokenSurrogatesAsSpaces() {
        assertThat(new SearchQuery("heat\u0000 1995", Set.of()).text()).isEqualTo("heat  1995");
        assertThat(new SearchQuery("a\ud800b", Set.of()).text()).isEqualTo("a b");
        assertThat(new SearchQuery("'; drop table movies; --", Set.of()).text())
                .isEqualTo("'; drop table movies; --");
        assertThat(new SearchQuery("%_\\", Set.of()).text()).isEqualTo("%_\\");
    }

    @Test
    void searchesEveryTypeWhenNoneIsNamed() {
        assertThat(new SearchQuery("heat", Set.of()).types())
                .isEqualTo(EnumSet.allOf(SearchType.class));
        assertThat(new SearchQuery("heat", Set.of(SearchType.PERSON)).includes(SearchType.MOVIE))
                .isFalse();
    }

    @Test
    void knowsTypesByTheirApiNamesOnly() {
        assertThat(SearchType.ofApiName(" Movie ")).isEqualTo(SearchType.MOVIE);
        assertThatThrownBy(() -> SearchType.ofApiName("film"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("type must be movie, person or character");
    }
}
