package dev.marquee.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import commands on small files written for the datasets' quirks: JSON inside CSV, a bare CR
 * inside a quoted field, CRLF line ends, quoted commas and quotes, titles without a year, duplicate
 * titles, zeros meaning unknown. Each runs the real command line against a database of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportCommandTest {

    private ImportDatabase database;
    private CommandRun tmdb;
    private CommandRun movieLens;

    @TempDir Path scratch;

    @BeforeAll
    void importBothFixtures() throws Exception {
        database = ImportDatabase.fresh();
        tmdb =
                CommandRun.of(
                        database,
                        scratch,
                        "import",
                        "tmdb",
                        fixture("tmdb/tmdb_movies.csv").toString());
        movieLens =
                CommandRun.of(
                        database, scratch, "import", "movielens", fixture("movielens").toString());
    }

    @Test
    void importsEveryValidTmdbRowAndSaysWhyTheOthersWereSkipped() {
        assertThat(tmdb.exitCode()).as(tmdb.err()).isZero();
        assertThat(tmdb.out())
                .contains("movies:      5 created, 0 updated, 0 unchanged")
                .contains("skipped:     4 rows")
                .contains("1  movies: title must not be blank")
                .contains("1  movies: budget must not be negative")
                .contains("1  movies: genres must be a JSON array")
                .contains("1  movies: id must be a number");
        assertThat(database.count("select count(*) from movies where tmdb_popularity is not null"))
                .isEqualTo(5);
    }

    @Test
    void readsTheJsonColumnsAfterTheCsv() {
        assertThat(
                        database.texts(
                                "select g.name from movies m join movie_genres mg on mg.movie_id = m.id"
                                        + " join genres g on g.id = mg.genre_id where m.tmdb_id = 862 order by g.name"))
                .containsExactly("Animation", "Comedy", "Family");
        assertThat(
                        database.text(
                                "select array_to_string(keywords, '|') from movies where tmdb_id = 862"))
                .isEqualTo("toy|friendship");
        assertThat(
                        database.text(
                                "select c.code || ' ' || c.name from movies m join countries c on c.id = m.country_id"
                                        + " where m.tmdb_id = 11891"))
                .isEqualTo("CA Canada");
        assertThat(database.text("select tagline from movies where tmdb_id = 11891"))
                .isEqualTo("Québec, 1999");
    }

    @Test
    void keepsABareCarriageReturnInsideAQuotedFieldAndQuotedCommas() {
        assertThat(database.text("select description from movies where tmdb_id = 11891"))
                .isEqualTo("First line, then\rsecond line after a bare CR.");
        assertThat(database.text("select description from movies where tmdb_id = 862"))
                .startsWith("Led by Woody, Andy's toys");
    }

    @Test
    void zeroBudgetRevenueAndRuntimeAreStoredAsUnknown() {
        assertThat(
                        database.text(
                                "select coalesce(budget::text, 'null') || ' ' || coalesce(revenue::text, 'null') || ' '"
                                        + " || coalesce(duration::text, 'null') from movies where tmdb_id = 11891"))
                .isEqualTo("null null null");
        assertThat(
                        database.text(
                                "select budget::text || ' ' || duration from movies where tmdb_id = 862"))
                .isEqualTo("30000000.00 81");
    }

    @Test
    void twoMoviesWithTheSameTitleStayTwo() {
        assertThat(
                        database.texts(
                                "select tmdb_id || ' ' || release_year || ' ' || status from movies where title = 'The Host'"
                                        + " and tmdb_id is not null order by tmdb_id"))
                .containsExactly("1255 2006 RELEASED", "72710 2013 POST_PRODUCTION");
    }

    @Test
    void cleansMovieLensTitlesAndKeepsTheYearWhenNoDateIsKnown() {
        assertThat(movieLens.exitCode()).as(movieLens.err()).isZero();
        assertThat(
                        database.texts(
                                "select movielens_id || '|' || title || '|' || coalesce(release_year::text, '-') || '|'"
                                        + " || coalesce(release_date::text, '-') from movies where tmdb_popularity is null order by movielens_id"))
                .containsExactly(
                        "2|The Lion King|1994|-",
                        "3|Léon: The Professional|1994|-",
                        "4|Babylon 5|-|-",
                        "5|Runaway Brain|1995|-",
                        "6|11'09\"01 - September 11|2002|-",
                        "7|The Good, the Bad and the Ugly|1966|-",
                        "8|The Maltese Falcon|1941|-",
                        "10|Toy Story|1995|-");
    }

    @Test
    void mapsMovieLensGenresOntoTheCatalogues() {
        assertThat(
                        database.texts(
                                "select g.name from movies m join movie_genres mg on mg.movie_id = m.id"
                                        + " join genres g on g.id = mg.genre_id where m.movielens_id = 2 order by g.name"))
                .containsExactly("Adventure", "Animation", "Drama", "Family", "Music");
        assertThat(
                        database.texts(
                                "select g.name from movies m join movie_genres mg on mg.movie_id = m.id"
                                        + " join genres g on g.id = mg.genre_id where m.movielens_id = 8 order by g.name"))
                .containsExactly("Crime", "Mystery");
        assertThat(
                        database.count(
                                "select count(*) from movie_genres mg join movies m on m.id = mg.movie_id where m.movielens_id = 10"))
                .isZero();
        assertThat(
                        database.count(
                                "select count(*) from genres where name in ('Sci-Fi', 'Children', 'IMAX', 'Film-Noir')"))
                .isZero();
    }

    @Test
    void everyMovieOfEitherSourceExistsExactlyOnce() {
        assertThat(database.count("select count(*) from movies")).isEqualTo(5 + 8);
        assertThat(database.count("select count(*) from movies where movielens_id is not null"))
                .isEqualTo(10);
        assertThat(database.text("select movielens_id from movies where tmdb_id = 862"))
                .isEqualTo("1");
        assertThat(database.text("select movielens_id from movies where tmdb_id = 1255"))
                .isEqualTo("9");
        assertThat(
                        database.text(
                                "select coalesce(tmdb_id::text, 'none') || ' ' || imdb_id from movies where movielens_id = 10"))
                .isEqualTo("none tt0999999");
        assertThat(movieLens.out())
                .contains(
                        "note:        2 MovieLens movies joined to an existing movie by TMDB or IMDb id");
    }

    @Test
    void ratingsLandOnTheLinkedMovieWithTheirScoresTimesAndExactAggregates() {
        assertThat(
                        database.text(
                                "select rating_count || ' ' || average_rating || ' ' || rating_histogram::text from movies"
                                        + " where tmdb_id = 862"))
                .isEqualTo("3 3.167 {1,0,0,0,0,0,0,1,0,1}");
        assertThat(
                        database.text(
                                "select r.created_at at time zone 'UTC' from ratings r join users u on u.id = r.user_id"
                                        + " join movies m on m.id = r.movie_id where u.username = 'movielens-1' and m.tmdb_id = 862"))
                .isEqualTo("2000-07-30 18:45:03");
        assertThat(
                        database.count(
                                "select count(*) from movies m where rating_count <> (select count(*) from ratings r"
                                        + " where r.movie_id = m.id) or rating_sum <> (select coalesce(sum(score), 0) from ratings r where r.movie_id = m.id)"))
                .isZero();
        assertThat(database.count("select count(*) from ratings")).isEqualTo(9);
        assertThat(movieLens.out())
                .contains("1  ratings: the movie is not in the movies file")
                .contains("1  ratings: score must be 0.5 to 5.0 in steps of 0.5");
    }

    @Test
    void movieLensUsersBecomeAccountsThatCannotLogIn() {
        assertThat(database.texts("select username from users order by username"))
                .containsExactly("movielens-1", "movielens-2", "movielens-3", "movielens-4");
        assertThat(
                        database.count(
                                "select count(*) from users where password_hash is not null or email is not null"))
                .isZero();
    }

    @Test
    void aMovieWellKnownToTmdbAndMuchRatedHereIsTheMostPopular() {
        assertThat(database.text("select tmdb_id from movies order by popularity desc, id limit 1"))
                .isEqualTo("862");
    }

    @Test
    void runningBothImportsAgainCreatesAndChangesNothing() {
        List<String> before = database.fingerprint();

        CommandRun tmdbAgain =
                CommandRun.of(
                        database,
                        scratch,
                        "import",
                        "tmdb",
                        fixture("tmdb/tmdb_movies.csv").toString());
        CommandRun movieLensAgain =
                CommandRun.of(
                        database, scratch, "import", "movielens", fixture("movielens").toString());

        assertThat(tmdbAgain.out()).contains("movies:      0 created, 0 updated, 5 unchanged");
        assertThat(movieLensAgain.out())
                .contains("movies:      0 created, 0 updated, 10 unchanged")
                .contains("ratings:     0 created, 0 updated, 9 unchanged")
                .contains("users:       0 created, 0 updated, 4 unchanged");
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void movieLensFirstThenTmdbEndsWithTheSameMoviesEachOnceAndTmdbDescribingTheLinkedOnes() {
        ImportDatabase reversed = ImportDatabase.fresh();

        CommandRun movieLensFirst =
                CommandRun.of(
                        reversed, scratch, "import", "movielens", fixture("movielens").toString());
        CommandRun tmdbSecond =
                CommandRun.of(
                        reversed,
                        scratch,
                        "import",
                        "tmdb",
                        fixture("tmdb/tmdb_movies.csv").toString());

        assertThat(movieLensFirst.exitCode()).as(movieLensFirst.err()).isZero();
        assertThat(tmdbSecond.out())
                .as("TMDB updates the two movies MovieLens created with their TMDB ids")
                .contains("movies:      3 created, 2 updated, 0 unchanged");
        assertThat(reversed.count("select count(*) from movies"))
                .isEqualTo(database.count("select count(*) from movies"));
        assertThat(
                        reversed.texts(
                                "select title || ' ' || release_date from movies where tmdb_id in (862, 1255) order by tmdb_id"))
                .containsExactly("Toy Story 1995-10-30", "The Host 2006-07-27");
        assertThat(
                        reversed.texts(
                                "select g.name from movies m join movie_genres mg on mg.movie_id = m.id"
                                        + " join genres g on g.id = mg.genre_id where m.tmdb_id = 862 order by g.name"))
                .as("TMDB's genres, not MovieLens'")
                .containsExactly("Animation", "Comedy", "Family");

        List<String> settled = reversed.fingerprint();
        CommandRun movieLensAgain =
                CommandRun.of(
                        reversed, scratch, "import", "movielens", fixture("movielens").toString());
        CommandRun tmdbAgain =
                CommandRun.of(
                        reversed,
                        scratch,
                        "import",
                        "tmdb",
                        fixture("tmdb/tmdb_movies.csv").toString());
        assertThat(movieLensAgain.out())
                .contains("movies:      0 created, 0 updated, 10 unchanged");
        assertThat(tmdbAgain.out()).contains("movies:      0 created, 0 updated, 5 unchanged");
        assertThat(reversed.fingerprint()).isEqualTo(settled);
    }

    @Test
    void readsGzipCompressedFilesAsWell() throws IOException {
        Path compressed = scratch.resolve("tmdb_movies.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(compressed))) {
            Files.copy(fixture("tmdb/tmdb_movies.csv"), out);
        }

        CommandRun run = CommandRun.of(database, scratch, "import", "tmdb", compressed.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("movies:      0 created, 0 updated, 5 unchanged");
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CommandRun help = CommandRun.of(null, scratch, "--help");
        CommandRun importHelp = CommandRun.of(null, scratch, "import", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("Usage: marquee")
                .contains("import")
                .contains("Exit codes:");
        assertThat(importHelp.exitCode()).isZero();
        assertThat(importHelp.out()).contains("tmdb").contains("movielens");
    }

    @Test
    void anUnknownCommandOrOptionOrAMissingArgumentPrintsUsageAndExitsTwo() {
        for (String[] args :
                List.of(
                        new String[] {"frobnicate"},
                        new String[] {"--no-such-option"},
                        new String[] {"import", "imdb", "x"},
                        new String[] {"import", "tmdb"},
                        new String[] {"import"})) {
            CommandRun run = CommandRun.of(null, scratch, args);
            assertThat(run.exitCode()).as(Arrays.toString(args)).isEqualTo(2);
            assertThat(run.err()).as(Arrays.toString(args)).contains("Usage: marquee");
        }
    }

    @Test
    void anInputThatCannotBeImportedGivesOneLineNamingItExitOneAndChangesNothing()
            throws IOException {
        List<String> before = database.fingerprint();
        Path empty = Files.createFile(scratch.resolve("empty.csv"));
        Path headerOnly =
                write(
                        "header-only.csv",
                        "budget,genres,homepage,id,keywords,original_language,original_title,overview,"
                                + "popularity,production_companies,production_countries,release_date,revenue,runtime,spoken_languages,status,"
                                + "tagline,title,vote_average,vote_count\n");
        Path wrongColumns =
                write("wrong-columns.csv", "movieId,title,genres\n1,Toy Story (1995),Comedy\n");
        String valid = Files.readString(fixture("tmdb/tmdb_movies.csv"));
        Path unterminatedQuote =
                write(
                        "unterminated.csv",
                        valid
                                + "1,[],,999,[],en,Open,\"never closed,1,[],[],2000-01-01,1,1,[],Released,,Open,1,1\n");
        Path notGzip = write("not-really.csv.gz", valid);
        Path truncatedGzip = scratch.resolve("truncated.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(truncatedGzip))) {
            out.write(valid.getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = Files.readAllBytes(truncatedGzip);
        Files.write(truncatedGzip, Arrays.copyOf(whole, whole.length / 2));
        Path latin1 = scratch.resolve("latin1.csv");
        Files.write(
                latin1,
                valid.replace("Québec", "Qu\u00e9bec").getBytes(StandardCharsets.ISO_8859_1));
        Path noRatings = Files.createDirectories(scratch.resolve("movielens-without-ratings"));
        Files.copy(fixture("movielens/movies.csv"), noRatings.resolve("movies.csv"));
        Files.copy(fixture("movielens/links.csv"), noRatings.resolve("links.csv"));

        List<List<String>> attempts =
                List.of(
                        List.of(
                                "tmdb",
                                scratch.resolve("missing.csv").toString(),
                                "does not exist"),
                        List.of("tmdb", scratch.toString(), "is a directory"),
                        List.of("tmdb", empty.toString(), "is empty"),
                        List.of("tmdb", headerOnly.toString(), "has a header but no data rows"),
                        List.of("tmdb", wrongColumns.toString(), "lacks the columns budget"),
                        List.of(
                                "tmdb",
                                unterminatedQuote.toString(),
                                "is not well-formed CSV at data row 10"),
                        List.of("tmdb", notGzip.toString(), "is not a gzip file"),
                        List.of("tmdb", truncatedGzip.toString(), "ends too early"),
                        List.of("tmdb", latin1.toString(), "is not UTF-8 text"),
                        List.of(
                                "movielens",
                                scratch.resolve("no-such-folder").toString(),
                                "does not exist"),
                        List.of(
                                "movielens",
                                noRatings.toString(),
                                "has no ratings.csv or ratings.csv.gz"));
        for (List<String> attempt : attempts) {
            CommandRun run =
                    CommandRun.of(database, scratch, "import", attempt.get(0), attempt.get(1));
            assertThat(run.exitCode()).as(attempt.toString()).isEqualTo(1);
            assertThat(run.err().strip())
                    .as(attempt.toString())
                    .doesNotContain("\n")
                    .doesNotContain("Exception")
                    .startsWith("marquee: " + attempt.get(1))
                    .contains(attempt.get(2));
        }
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(scratch.resolve(name), content);
    }

    static Path fixture(String name) {
        try {
            return Path.of(ImportCommandTest.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
