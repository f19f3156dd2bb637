import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A synthetic catalogue, deterministic for a seed, loaded with COPY into a Marquee database whose schema
 * Flyway has already created (bench/generate.sh starts the server once for that). The database's own triggers
 * run as they do for the importers: release_year and popularity per movie row, and the rating aggregates
 * (count, sum, average, histogram, library activity) once per COPY statement of ratings.
 *
 * Titles: the word-count distribution and the word frequencies of the MovieLens titles (years stripped), words
 * drawn independently; 2% are exact repeats of an earlier title and 4% sequels of one ("X 2", "X: Part III").
 * Release years follow the MovieLens years. Ratings per film follow count(rank) = A / (rank + 60)^1.3, films
 * shuffled over ids: a few with tens of thousands of ratings, most with none. Cast: uniform size around
 * credits/movies, actors drawn with weight 1/sqrt(rank + 50) (hundreds of credits at the top, a handful at the
 * bottom), distinct within a film.
 */
public final class GenerateCatalogue {

    static final String[] GENRES = {"Action", "Adventure", "Animation", "Comedy", "Crime", "Documentary", "Drama", "Family",
            "Fantasy", "History", "Horror", "Music", "Mystery", "Romance", "Science Fiction", "TV Movie", "Thriller", "War", "Western"};
    static final String[][] COUNTRIES = {{"US", "United States"}, {"GB", "United Kingdom"}, {"FR", "France"}, {"DE", "Germany"},
            {"JP", "Japan"}, {"IN", "India"}, {"IT", "Italy"}, {"ES", "Spain"}, {"CA", "Canada"}, {"KR", "South Korea"},
            {"CN", "China"}, {"BR", "Brazil"}, {"MX", "Mexico"}, {"SE", "Sweden"}, {"AU", "Australia"}, {"RU", "Russia"},
            {"DK", "Denmark"}, {"AR", "Argentina"}, {"NG", "Nigeria"}, {"PL", "Poland"}};
    static final double[] COUNTRY_WEIGHTS = {40, 8, 7, 6, 6, 6, 4, 3, 3, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1};
    static final String[] LANGUAGES = {"en", "en", "en", "en", "fr", "de", "ja", "hi", "it", "es", "ko", "zh", "pt", "sv", "ru"};
    static final String[] SYLLABLES = {"an", "ber", "cor", "da", "el", "fa", "gri", "ha", "is", "jo", "ka", "lin", "mar", "no",
            "or", "pe", "qui", "ro", "sa", "ta", "ul", "ve", "wil", "xa", "yo", "zu", "son", "ley", "ton", "mon"};

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            o.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        double scale = Double.parseDouble(o.getOrDefault("scale", "1"));
        int movies = (int) (1_000_000 * scale), persons = (int) (300_000 * scale), users = (int) Math.max(1000, 100_000 * scale);
        long credits = (long) (5_000_000 * scale), ratings = (long) (10_000_000 * scale);
        long seed = Long.parseLong(o.getOrDefault("seed", "42"));
        Path movielens = Path.of(o.getOrDefault("movielens", "../shared/datasets/movielens-latest-small/movies.csv.gz"));

        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(o.get("jdbc"))) {
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select count(*) from movies")) {
                r.next();
                if (r.getLong(1) != 0) {
                    throw new IllegalStateException("the database already holds movies: generate into a fresh data directory");
                }
            }
            long[] genreIds = referenceData(db);
            long[] countryIds = ids(db, "select id from countries where code in (" + quoted() + ") order by array_position(array["
                    + quoted() + "]::text[], code::text)");
            TitleModel titles = TitleModel.read(movielens);

            long t = System.nanoTime();
            SplittableRandom random = new SplittableRandom(seed);
            Chunk chunk = new Chunk(copy, "copy persons (id, first_name, last_name, gender, date_of_birth, country_id) from stdin");
            String[] genders = {"FEMALE", "MALE", "MALE", "FEMALE", "NON_BINARY", "UNKNOWN"};
            for (int p = 1; p <= persons; p++) {
                chunk.row(p, name(random, 2), name(random, 3), genders[random.nextInt(genders.length)],
                        LocalDate.of(1900 + random.nextInt(105), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        countryIds[pick(random, COUNTRY_WEIGHTS)]);
            }
            chunk.flush();
            report("persons", persons, t);

            t = System.nanoTime();
            random = new SplittableRandom(seed + 1);
            chunk = new Chunk(copy, "copy movies (id, title, description, release_date, duration, country_id, director_id,"
                    + " original_language, status, tmdb_popularity) from stdin");
            Chunk genresOf = new Chunk(copy, "copy movie_genres (movie_id, genre_id) from stdin", Integer.MAX_VALUE);
            long genreRows = 0;
            for (int m = 1; m <= movies; m++) {
                String title = titles.next(random);
                int year = titles.year(random);
                chunk.row(m, title, "A synthetic film, number " + m + ", about " + titles.next(random).toLowerCase() + ".",
                        LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)), 70 + random.nextInt(90),
                        countryIds[pick(random, COUNTRY_WEIGHTS)], 1 + random.nextInt(persons),
                        LANGUAGES[random.nextInt(LANGUAGES.length)], year > 2025 ? "PLANNED" : "RELEASED",
                        Math.round(Math.exp(random.nextDouble() * 5) * 100) / 100.0 - 0.99);
                int count = 1 + random.nextInt(3);
                int first = random.nextInt(genreIds.length);
                for (int g = 0; g < count; g++) {
                    genresOf.row(m, genreIds[(first + g * 7) % genreIds.length]);
                    genreRows++;
                }
                if (m % 50_000 == 0) {
                    chunk.flush();
                    genresOf.flush();
                }
            }
            chunk.flush();
            genresOf.flush();
            report("movies", movies, t);
            System.out.printf("  (%,d movie_genres rows; %,d repeated titles, %,d sequels)%n", genreRows, titles.repeats, titles.sequels);

            t = System.nanoTime();
            random = new SplittableRandom(seed + 2);
            int characters = (int) Math.max(1000, credits / 10);
            chunk = new Chunk(copy, "copy characters (id, name) from stdin");
            for (int c = 1; c <= characters; c++) {
                chunk.row(c, name(random, 2) + " " + name(random, 3));
            }
            chunk.flush();
            double[] actorCdf = cdf(persons, 50, 0.5);
            chunk = new Chunk(copy, "copy cast_credits (movie_id, character_id, actor_id, role) from stdin");
            int meanCast = (int) Math.max(1, credits / movies);
            long creditRows = 0;
            int[] cast = new int[4 * meanCast + 1];
            for (int m = 1; m <= movies; m++) {
                int size = random.nextInt(2 * meanCast + 1);
                for (int i = 0; i < size; i++) {
                    int actor;
                    do {
                        actor = 1 + sample(actorCdf, random);
                    } while (contains(cast, i, actor));
                    cast[i] = actor;
                    chunk.row(m, 1 + random.nextInt(characters), actor, i < 2 ? "LEADING" : i < 6 ? "SUPPORTING" : "BACKGROUND");
                }
                creditRows += size;
            }
            chunk.flush();
            report("cast credits", creditRows, t);

            t = System.nanoTime();
            chunk = new Chunk(copy, "copy users (id, username, email, first_name) from stdin");
            Chunk roles = new Chunk(copy, "copy user_roles (user_id, role) from stdin");
            long userBase = ids(db, "select coalesce(max(id), 0) from users")[0];
            for (int u = 1; u <= users; u++) {
                chunk.row(userBase + u, String.format("user%07d", u), String.format("user%07d@example.org", u), "User " + u);
                roles.row(userBase + u, "USER");
            }
            chunk.flush();
            roles.flush();
            report("users", users, t);

            t = System.nanoTime();
            random = new SplittableRandom(seed + 3);
            int[] byRank = new int[movies];
            for (int i = 0; i < movies; i++) {
                byRank[i] = i + 1;
            }
            for (int i = movies - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = byRank[i];
                byRank[i] = byRank[j];
                byRank[j] = swap;
            }
            double exponent = 1.3, offset = 60;
            double sum = 0;
            for (int r = 1; r <= movies; r++) {
                sum += Math.pow(r + offset, -exponent);
            }
            double a = ratings / sum;
            chunk = new Chunk(copy, "copy ratings (user_id, movie_id, score, created_at) from stdin", 200_000);
            long ratingRows = 0;
            int rated = 0, top = 0;
            long epoch = LocalDate.of(2010, 1, 1).toEpochDay() * 86400;
            for (int r = 1; r <= movies; r++) {
                int count = (int) Math.min(users, Math.floor(a * Math.pow(r + offset, -exponent)));
                if (count == 0) {
                    break;
                }
                top = Math.max(top, count);
                rated++;
                int movie = byRank[r - 1];
                double quality = 3.4 + random.nextGaussian() * 0.5;
                int start = random.nextInt(users);
                int step = coprimeStep(random, users);
                for (int i = 0; i < count; i++) {
                    long user = userBase + 1 + (start + (long) i * step) % users;
                    double score = Math.max(0.5, Math.min(5.0, Math.round((quality + random.nextGaussian() * 0.9) * 2) / 2.0));
                    long at = epoch + (long) (random.nextDouble() * 16 * 365 * 86400);
                    chunk.row(user, movie, score, java.time.Instant.ofEpochSecond(at));
                }
                ratingRows += count;
            }
            chunk.flush();
            report("ratings", ratingRows, t);
            System.out.printf("  (%,d films rated, %,d with none; the most rated has %,d)%n", rated, movies - rated, top);

            t = System.nanoTime();
            try (Statement s = db.createStatement()) {
                for (String table : List.of("persons", "movies", "characters", "cast_credits", "users")) {
                    s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
                }
                s.execute("vacuum analyze");
            }
            report("vacuum analyze", 0, t);
        }
        System.out.printf("generated scale %.3f, seed %d in %.1f s%n", scale, seed, (System.nanoTime() - started) / 1e9);
    }

    static String quoted() {
        StringBuilder b = new StringBuilder();
        for (String[] c : COUNTRIES) {
            b.append(b.length() == 0 ? "" : ",").append('\'').append(c[0]).append('\'');
        }
        return b.toString();
    }

    static long[] referenceData(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            for (String genre : GENRES) {
                s.execute("insert into genres (name) select '" + genre + "' where not exists (select 1 from genres where lower(name) = lower('"
                        + genre + "'))");
            }
            for (String[] c : COUNTRIES) {
                s.execute("insert into countries (code, name) select '" + c[0] + "', '" + c[1]
                        + "' where not exists (select 1 from countries where upper(code) = '" + c[0] + "')");
            }
        }
        return ids(db, "select id from genres order by id");
    }

    static long[] ids(Connection db, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    static void report(String what, long rows, long since) {
        double seconds = (System.nanoTime() - since) / 1e9;
        System.out.printf("%-16s %,12d rows %8.1f s %,12.0f rows/s%n", what, rows, seconds, rows / seconds);
    }

    static String name(SplittableRandom random, int syllables) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(syllables);
        for (int i = 0; i < n; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    static int pick(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static double[] cdf(int n, double offset, double exponent) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.pow(i + 1 + offset, -exponent);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    static int sample(double[] cdf, SplittableRandom random) {
        int i = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
    }

    static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    static int coprimeStep(SplittableRandom random, int n) {
        while (true) {
            int step = 1 + random.nextInt(n - 1);
            if (gcd(step, n) == 1) {
                return step;
            }
        }
    }

    static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Rows of one COPY, sent every {@code limit} rows (each send is one COPY statement, so one trigger firing). */
    static final class Chunk {
        final CopyManager copy;
        final String sql;
        final int limit;
        final StringBuilder rows = new StringBuilder(1 << 20);
        int count;

        Chunk(CopyManager copy, String sql) {
            this(copy, sql, 50_000);
        }

        Chunk(CopyManager copy, String sql, int limit) {
            this.copy = copy;
            this.sql = sql;
            this.limit = limit;
        }

        void row(Object... values) throws Exception {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    rows.append('\t');
                }
                String v = String.valueOf(values[i]);
                rows.append(v.replace("\\", "\\\\").replace("\t", " ").replace("\n", " "));
            }
            rows.append('\n');
            if (++count == limit) {
                flush();
            }
        }

        void flush() throws Exception {
            if (count > 0) {
                copy.copyIn(sql, new StringReader(rows.toString()));
                rows.setLength(0);
                count = 0;
            }
        }
    }

    /** Word counts, word frequencies and years of real titles; titles drawn from them, with repeats and sequels. */
    static final class TitleModel {
        final int[] lengths;
        final String[] words;
        final double[] wordCdf;
        final int[] years;
        final String[] recent = new String[100_000];
        long made, repeats, sequels;

        TitleModel(int[] lengths, String[] words, double[] wordCdf, int[] years) {
            this.lengths = lengths;
            this.words = words;
            this.wordCdf = wordCdf;
            this.years = years;
        }

        static TitleModel read(Path file) throws Exception {
            Pattern row = Pattern.compile("^\\d+,\"?(.*?)\\s*\\((\\d{4})\\)\\s*\"?,[^,]*$");
            List<Integer> lengths = new ArrayList<>();
            List<Integer> years = new ArrayList<>();
            Map<String, Integer> frequency = new HashMap<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)))) {
                in.readLine();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    Matcher m = row.matcher(line);
                    if (!m.matches()) {
                        continue;
                    }
                    String title = m.group(1).replaceAll("^(.*), (The|A|An)$", "$2 $1");
                    String[] tokens = title.split("\\s+");
                    lengths.add(tokens.length);
                    years.add(Integer.parseInt(m.group(2)));
                    for (String token : tokens) {
                        frequency.merge(token, 1, Integer::sum);
                    }
                }
            }
            String[] words = frequency.keySet().stream().sorted().toArray(String[]::new);
            double[] cdf = new double[words.length];
            double sum = 0;
            for (int i = 0; i < words.length; i++) {
                sum += frequency.get(words[i]);
                cdf[i] = sum;
            }
            for (int i = 0; i < cdf.length; i++) {
                cdf[i] /= sum;
            }
            System.out.printf("title model: %,d real titles, %,d distinct words%n", lengths.size(), words.length);
            return new TitleModel(lengths.stream().mapToInt(Integer::intValue).toArray(), words, cdf,
                    years.stream().mapToInt(Integer::intValue).toArray());
        }

        String next(SplittableRandom random) {
            String title;
            double x = random.nextDouble();
            if (made > 1000 && x < 0.02) {
                title = recent[random.nextInt((int) Math.min(made, recent.length))];
                repeats++;
            } else if (made > 1000 && x < 0.06) {
                String original = recent[random.nextInt((int) Math.min(made, recent.length))].replaceAll("( \\d|: Part [IVX]+| II| III)$", "");
                String[] suffixes = {" 2", " 3", " II", " III", ": Part II", ": Part III", " Returns"};
                title = original + suffixes[random.nextInt(suffixes.length)];
                sequels++;
            } else {
                int n = lengths[random.nextInt(lengths.length)];
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : " ").append(words[sample(wordCdf, random)]);
                }
                title = b.toString();
            }
            if (title.length() > 500) {
                title = title.substring(0, 500);
            }
            recent[(int) (made++ % recent.length)] = title;
            return title;
        }

        int year(SplittableRandom random) {
            return years[random.nextInt(years.length)];
        }
    }
}
