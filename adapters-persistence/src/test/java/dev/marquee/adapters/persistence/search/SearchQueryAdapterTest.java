package dev.marquee.adapters.persistence.search;

import static dev.marquee.adapters.persistence.SharedContext.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.port.out.CatalogueSearch;
import dev.marquee.domain.search.SearchQuery;
import dev.marquee.domain.search.SearchType;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.view.SearchHit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Candidates word by word (V9) on rows added after the migration: the word dictionary and the word
 * indexes follow new titles, persons and characters; a misspelt word is corrected, the last word
 * completed, a word that matches nothing dropped, words run together found. Each title carries a
 * made-up word of its own so that the shared database's other rows cannot answer for it.
 */
class SearchQueryAdapterTest {

    private final CatalogueSearch search = SharedContext.bean(CatalogueSearch.class);

    @Test
    void aMisspeltWordIsCorrectedToAWordOfATitleAddedLater() {
        String word = word();
        long movie = SharedContext.insertMovie("Vorpal " + capitalised(word) + " Snicker");

        assertThat(first(typo(word))).isEqualTo(hit(SearchType.MOVIE, movie));
        assertThat(first("vorpal " + typo(word))).isEqualTo(hit(SearchType.MOVIE, movie));
    }

    @Test
    void theLastWordIsCompletedWhileBeingTyped() {
        String word = word();
        long movie = SharedContext.insertMovie("The " + capitalised(word) + " Lantern");

        assertThat(first("lantern " + word.substring(0, 6)))
                .isEqualTo(hit(SearchType.MOVIE, movie));
    }

    @Test
    void aWordThatMatchesNothingIsLeftOutWhenTheOthersFindATitle() {
        String word = word();
        long movie = SharedContext.insertMovie(capitalised(word) + " Harbour");

        assertThat(first(word + " qxzvwjk")).isEqualTo(hit(SearchType.MOVIE, movie));
    }

    @Test
    void wordsRunTogetherOrSplitFindTheTitle() {
        String word = word();
        long joined = SharedContext.insertMovie(capitalised(word) + "heart");
        long split = SharedContext.insertMovie("Spider " + capitalised(word));

        assertThat(first(word + " heart")).isEqualTo(hit(SearchType.MOVIE, joined));
        assertThat(first("spider" + word)).isEqualTo(hit(SearchType.MOVIE, split));
    }

    @Test
    void personsAndCharactersAddedLaterAreFoundByAMisspeltName() {
        String word = word();
        String name = word();
        long person =
                sql(
                        "insert into persons (first_name, last_name, gender, created_at, updated_at)"
                                + " values ('Harriet', ?, 'UNKNOWN', now(), now()) returning id",
                        capitalised(word));
        long character = SharedContext.insertCharacter("Captain " + capitalised(name));

        assertThat(first(typo(word))).isEqualTo(hit(SearchType.PERSON, person));
        assertThat(first("harriet " + typo(word))).isEqualTo(hit(SearchType.PERSON, person));
        assertThat(first(typo(name))).isEqualTo(hit(SearchType.CHARACTER, character));
    }

    @Test
    void aRenamedTitleIsFoundByItsNewWords() {
        String word = word();
        long movie = SharedContext.insertMovie("Placeholder " + capitalised(word()));
        sql("update movies set title = ? where id = ?", capitalised(word) + " Returns", movie);

        assertThat(first(typo(word))).isEqualTo(hit(SearchType.MOVIE, movie));
    }

    @Test
    void stopWordsAloneAndPatternCharactersAreJustText() {
        assertThat(search.search(new SearchQuery("the of and", Set.of()), PageRequest.first(5)))
                .isNotNull();
        assertThat(
                        search.search(
                                        new SearchQuery("%_\\ ' \" ) ; --", Set.of()),
                                        PageRequest.first(5))
                                .items())
                .isEmpty();
    }

    /** A made-up word of letters only, its own to one test. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : SharedContext.unique().toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16) % 26));
        }
        return word.toString();
    }

    /** The word with one letter doubled and one dropped, as people type. */
    private static String typo(String word) {
        return word.substring(0, 3) + word.charAt(3) + word.substring(3, 7) + word.substring(8);
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private String first(String text) {
        List<SearchHit> hits =
                search.search(new SearchQuery(text, Set.of()), PageRequest.first(5)).items();
        assertThat(hits).as(text).isNotEmpty();
        return hit(hits.get(0).type(), hits.get(0).id());
    }

    private static String hit(SearchType type, long id) {
        return type.apiName() + ":" + id;
    }
}
