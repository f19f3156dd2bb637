package dev.marquee.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MovieLensTitleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "Lion King, The (1994)|The Lion King|1994",
                "Léon: The Professional (a.k.a. The Professional) (Léon) (1994)|Léon: The Professional|1994",
                "Good, the Bad and the Ugly, The (Buono, il brutto, il cattivo, Il) (1966)|The Good, the Bad and the Ugly|1966",
                "City of Lost Children, The (Cité des enfants perdus, La) (1995)|The City of Lost Children|1995",
                "Runaway Brain (1995) |Runaway Brain|1995",
                "Babylon 5|Babylon 5|-",
                "11'09\"\"01 - September 11 (2002)|11'09\"\"01 - September 11|2002",
                "(500) Days of Summer (2009)|(500) Days of Summer|2009",
                "Misérables, Les (1995)|Les Misérables|1995",
                "Homme et une femme, Un (1966)|Un Homme et une femme|1966",
                "Enfant, L' (2005)|L'Enfant|2005",
                "Stranger Things (2016-)|Stranger Things|2016",
                "I, Robot (2004)|I, Robot|2004",
                "Toy Story (1995)|Toy Story|1995"
            })
    void cleansTitlesTheWayAPersonWritesThem(String raw, String title, Integer year) {
        MovieLensTitle parsed = MovieLensTitle.parse(raw.replace("\"\"", "\""));

        assertThat(parsed.title()).isEqualTo(title.replace("\"\"", "\""));
        assertThat(parsed.year()).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Léon: The Professional (a.k.a. The Professional) (Léon) (1994)|The Professional;Léon",
                "Seven (a.k.a. Se7en) (1995)|Se7en",
                "Spirited Away (Sen to Chihiro no kamikakushi) (2001)|Sen to Chihiro no kamikakushi",
                "City of Lost Children, The (Cité des enfants perdus, La) (1995)|La Cité des enfants perdus",
                "(500) Days of Summer (2009)|",
                "Toy Story (1995)|"
            })
    void keepsTheAlternativeTitlesInParenthesesApart(String raw, String alternates) {
        assertThat(MovieLensTitle.parse(raw).alternates())
                .containsExactly(alternates == null ? new String[0] : alternates.split(";"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"(1995)|(1995)", "(Untitled)|(Untitled)"})
    void keepsTheRawTitleWhenCleaningWouldLeaveNothing(String raw, String title) {
        assertThat(MovieLensTitle.parse(raw).title()).isEqualTo(title);
    }
}
