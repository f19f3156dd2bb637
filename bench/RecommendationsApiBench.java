import dev.marquee.application.recommendation.Catalogue;
import dev.marquee.application.recommendation.EaseModel;
import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.ModelSettings;
import dev.marquee.application.recommendation.RatingEvent;
import dev.marquee.application.recommendation.NeighbourModelBuild;
import dev.marquee.application.recommendation.UserHistory;
import dev.marquee.application.recommendation.evaluation.EvaluationResult;
import dev.marquee.application.recommendation.evaluation.MarqueeRecommender;
import dev.marquee.application.recommendation.evaluation.MarqueeTuning;
import dev.marquee.application.recommendation.evaluation.MovieLensFolder;
import dev.marquee.application.recommendation.evaluation.OfflineEvaluation;
import dev.marquee.application.recommendation.evaluation.Ranker;
import dev.marquee.application.recommendation.evaluation.Recommender;
import dev.marquee.application.recommendation.evaluation.TimeSplit;
import dev.marquee.application.recommendation.evaluation.TunedSettings;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Issue 13 item 6 and the recommendations' speed target, run by bench/recommendations-api.sh.
 *
 * <ul>
 *   <li>{@code split --data=DIR --out=OUT}: the evaluation's own time split (TimeSplit, from the jar) of a MovieLens
 *       folder; OUT gets the training part as ratings.csv, with DIR's movies and links files.
 *   <li>{@code score --data=DIR ...}: asks the running server, as an admin, for each evaluated MovieLens user's top 20
 *       (GET /admin/users/{id}/recommendations; the importer made user N the account "movielens-N"), maps the movies
 *       back to MovieLens ids, and scores the served lists with the evaluation's own code (OfflineEvaluation) beside
 *       the offline model built in this JVM from the same training part; counts the users whose lists are the same.
 *   <li>{@code latency ...}: 8 concurrent clients (HdrHistogram, closed loop): personal recommendations (the admin
 *       view of random users with ratings: the same scoring path as /users/me plus one existence check) and
 *       /movies/{id}/similar of random rated movies, anonymous.
 * </ul>
 */
public final class RecommendationsApiBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern MOVIE_ID = Pattern.compile("\"movie\":\\{\"id\":(\\d+)");
    private static String base;
    /** The raw keep-alive client (RawHttp) unless --client=jdk: the JDK's costs the 2 shared cores about 12%. */
    private static boolean rawClient;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        base = options.get("base");
        rawClient = !options.getOrDefault("client", "raw").equals("jdk");
        switch (args[0]) {
            case "split" -> split(Path.of(options.get("data")), Path.of(options.get("out")));
            case "score" -> score(Path.of(options.get("data")), options);
            case "latency" -> latency(options);
            case "synthetic-model" -> syntheticModel(options.get("jdbc"), Integer.parseInt(options.getOrDefault("movies", "20000")));
            case "restrict" -> restrict(Path.of(options.get("data")), options.getOrDefault("min-ratings", "1,5,10,20,50"));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    // ---------------------------------------------------------------- split

    private static void split(Path data, Path out) throws Exception {
        Interactions all = new MovieLensFolder(data).load();
        TimeSplit split = TimeSplit.of(all);
        Files.createDirectories(out);
        Catalogue catalogue = split.training().catalogue();
        try (BufferedWriter writer = Files.newBufferedWriter(out.resolve("ratings.csv"), StandardCharsets.UTF_8)) {
            writer.write("userId,movieId,rating,timestamp\n");
            for (UserHistory user : split.training().users()) {
                for (int i = 0; i < user.size(); i++) {
                    writer.write(user.userId() + "," + catalogue.movieId(user.item(i)) + ","
                            + stars(user.rating(i)) + "," + user.ratedAt(i) + "\n");
                }
            }
        }
        for (String name : List.of("movies.csv", "links.csv", "movies.csv.gz", "links.csv.gz")) {
            if (Files.isRegularFile(data.resolve(name))) {
                Files.copy(data.resolve(name), out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        System.out.printf("training split: %,d of %,d ratings, %d users, %d evaluated users -> %s%n",
                split.training().ratingCount(), all.ratingCount(), all.userCount(), split.evaluatedUsers().length, out);
    }

    private static String stars(double rating) {
        return rating == Math.rint(rating) ? Long.toString((long) rating) + ".0" : Double.toString(rating);
    }

    // ---------------------------------------------------------------- score

    private static void score(Path data, Map<String, String> options) throws Exception {
        TimeSplit split = TimeSplit.of(new MovieLensFolder(data).load());
        Interactions training = split.training();
        Catalogue catalogue = training.catalogue();
        Map<Long, Long> accountOf = new HashMap<>();
        Map<Long, Long> movieLensIdOf = new HashMap<>();
        try (Connection c = DriverManager.getConnection(options.get("jdbc")); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select id, substr(username, 11)::bigint from users where username like 'movielens-%'")) {
                while (r.next()) {
                    accountOf.put(r.getLong(2), r.getLong(1));
                }
            }
            try (ResultSet r = s.executeQuery("select id, movielens_id from movies where movielens_id is not null")) {
                while (r.next()) {
                    movieLensIdOf.put(r.getLong(1), r.getLong(2));
                }
            }
        }
        System.out.printf("the server holds %d MovieLens accounts and %,d MovieLens movies%n", accountOf.size(), movieLensIdOf.size());
        String token = logIn(options.get("user"), options.get("password"));
        int depth = Math.max(OfflineEvaluation.NDCG_DEPTH, OfflineEvaluation.RECALL_DEPTH);

        long started = System.nanoTime();
        Map<Integer, int[]> served = new HashMap<>();
        long[] unmapped = new long[1];
        for (int user : split.evaluatedUsers()) {
            Long account = accountOf.get(training.user(user).userId());
            if (account == null) {
                throw new IllegalStateException("MovieLens user " + training.user(user).userId() + " has no account");
            }
            String body = send("GET", "/api/v1/admin/users/" + account + "/recommendations?size=" + depth, token);
            Matcher movie = MOVIE_ID.matcher(body);
            List<Integer> items = new ArrayList<>();
            while (movie.find()) {
                Long movieLensId = movieLensIdOf.get(Long.parseLong(movie.group(1)));
                int item = movieLensId == null ? -1 : catalogue.itemOf(movieLensId);
                if (item < 0) {
                    unmapped[0]++;
                } else {
                    items.add(item);
                }
            }
            served.put(user, items.stream().mapToInt(Integer::intValue).toArray());
        }
        double fetchSeconds = (System.nanoTime() - started) / 1e9;

        Recommender offline = new MarqueeTuning.Candidate(TunedSettings.MODEL, TunedSettings.SCORING)
                .recommender(NeighbourModelBuild::run);
        Ranker offlineRanker = offline.train(training);
        Map<Integer, int[]> offlineLists = new HashMap<>();
        Recommender api = new Recommender() {
            public String name() {
                return "Marquee through the API";
            }

            public String settings() {
                return "GET /admin/users/{id}/recommendations?size=" + depth;
            }

            public Ranker train(Interactions ignored) {
                return (user, count) -> Arrays.copyOf(served.get(user), Math.min(count, served.get(user).length));
            }
        };
        Recommender inProcess = new Recommender() {
            public String name() {
                return "Marquee offline";
            }

            public String settings() {
                return offline.settings();
            }

            public Ranker train(Interactions ignored) {
                return (user, count) -> offlineLists.computeIfAbsent(user, u -> offlineRanker.top(u, count));
            }
        };
        EvaluationResult apiResult = OfflineEvaluation.run(api, split);
        EvaluationResult offlineResult = OfflineEvaluation.run(inProcess, split);

        int same20 = 0, same10 = 0, sameSet10 = 0, positions = 0, samePositions = 0;
        Integer firstDifferent = null;
        for (int user : split.evaluatedUsers()) {
            int[] a = served.get(user), b = offlineLists.get(user);
            same20 += Arrays.equals(a, b) ? 1 : 0;
            same10 += Arrays.equals(Arrays.copyOf(a, Math.min(10, a.length)), Arrays.copyOf(b, Math.min(10, b.length))) ? 1 : 0;
            sameSet10 += Arrays.equals(Arrays.stream(a).limit(10).sorted().toArray(), Arrays.stream(b).limit(10).sorted().toArray()) ? 1 : 0;
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                positions++;
                samePositions += i < a.length && i < b.length && a[i] == b[i] ? 1 : 0;
            }
            if (firstDifferent == null && !Arrays.equals(a, b)) {
                firstDifferent = user;
            }
        }
        int users = split.evaluatedUsers().length;
        System.out.printf("%nfetched %d users' top %d in %.1f s (%d served movies without a MovieLens id)%n%n",
                users, depth, fetchSeconds, unmapped[0]);
        System.out.printf("%-26s %8s %9s %8s%n", "model", "NDCG@10", "Recall@20", "coverage");
        for (EvaluationResult result : List.of(offlineResult, apiResult)) {
            System.out.printf(Locale.ROOT, "%-26s %8.4f %9.4f %8.3f%n", result.model(), result.ndcgAt10(), result.recallAt20(), result.coverage());
        }
        System.out.printf("%nsame top 20 (in order) for %d of %d users; same top 10 in order %d, as a set %d; same movie at the same rank %.4f of positions%n",
                same20, users, same10, sameSet10, (double) samePositions / positions);
        if (firstDifferent != null) {
            System.out.printf("first user whose lists differ: MovieLens %d%n  offline %s%n  served  %s%n",
                    training.user(firstDifferent).userId(), ids(catalogue, offlineLists.get(firstDifferent)),
                    ids(catalogue, served.get(firstDifferent)));
        }
    }

    private static String ids(Catalogue catalogue, int[] items) {
        return Arrays.toString(Arrays.stream(items).mapToLong(catalogue::movieId).toArray());
    }

    // ---------------------------------------------------------------- restrict

    /**
     * What restricting the item-item (EASE) part to movies with enough training ratings costs on the test split, as a
     * build at scale would have to (the next-item part still covers every movie).
     */
    private static void restrict(Path data, String minRatings) {
        TimeSplit split = TimeSplit.of(new MovieLensFolder(data).load());
        int[] counts = split.training().ratingsPerItem();
        System.out.printf("%-12s %8s %8s %9s %8s%n", "min ratings", "movies", "NDCG@10", "Recall@20", "coverage");
        for (String value : minRatings.split(",")) {
            int min = Integer.parseInt(value);
            ModelSettings settings = TunedSettings.MODEL;
            EvaluationResult result = OfflineEvaluation.run(new MarqueeRecommender("EASE over movies with >= " + min + " ratings",
                    training -> NeighbourModelBuild.withSimilar(training, settings,
                            EaseModel.fit(only(training, counts, min), settings.ratingValue(), settings.lambda())
                                    .neighbours(settings.similarCount(), 1)),
                    TunedSettings.SCORING), split);
            System.out.printf(Locale.ROOT, "%-12d %8d %8.4f %9.4f %8.3f%n", min, Arrays.stream(counts).filter(c -> c >= min).count(),
                    result.ndcgAt10(), result.recallAt20(), result.coverage());
        }
    }

    /** The training ratings of the movies with at least {@code min} of them, over the same catalogue numbering. */
    private static Interactions only(Interactions training, int[] counts, int min) {
        Catalogue catalogue = training.catalogue();
        List<RatingEvent> kept = new ArrayList<>();
        for (UserHistory user : training.users()) {
            for (int i = 0; i < user.size(); i++) {
                if (counts[user.item(i)] >= min) {
                    kept.add(new RatingEvent(user.userId(), catalogue.movieId(user.item(i)), user.rating(i), user.ratedAt(i)));
                }
            }
        }
        return Interactions.of(catalogue, kept);
    }

    // ---------------------------------------------------------------- synthetic model

    /**
     * For speed at a scale whose build was not run (the generated catalogue's ratings are random, so a real model
     * would say nothing anyway): an active model of the shape a restricted build writes, the {@code movies} most rated
     * movies with 100 similar and 100 rated-after neighbours each, drawn at random among them.
     */
    private static void syntheticModel(String jdbc, int movies) throws Exception {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("update recommendation_models set active = false where active");
            long version;
            try (ResultSet r = s.executeQuery("insert into recommendation_models (settings, active) values ("
                    + "'synthetic, for the latency bench: the " + movies + " most rated movies, 100 random neighbours of each kind', true)"
                    + " returning version")) {
                r.next();
                version = r.getLong(1);
            }
            s.execute("create temporary table top_movies as select id, row_number() over (order by rating_count desc, id) as r"
                    + " from movies where rating_count > 0 order by rating_count desc, id limit " + movies);
            s.execute("insert into movie_model_popularity (version, movie_id, popularity) select " + version
                    + ", t.id, m.rating_count::real / max(m.rating_count) over () from top_movies t join movies m on m.id = t.id");
            for (int kind = 1; kind <= 2; kind++) {
                s.execute("insert into movie_neighbours (version, kind, movie_id, rank, neighbour_id, weight)"
                        + " select " + version + ", " + kind + ", t.id, g.rank, n.id, (1.0 / (g.rank + 10))::real"
                        + " from top_movies t cross join generate_series(1, 100) as g(rank)"
                        + " join top_movies n on n.r = 1 + ((t.r * 7919 + g.rank * 104729) % " + movies + ")");
            }
            c.commit();
            try (ResultSet r = s.executeQuery("select count(*) from movie_neighbours where version = " + version)) {
                r.next();
                System.out.printf("synthetic model version %d: %,d movies, %,d neighbour rows, %.1f s%n", version, movies, r.getLong(1),
                        (System.nanoTime() - started) / 1e9);
            }
        }
    }

    // ---------------------------------------------------------------- latency

    interface Operation {
        void run() throws Exception;
    }

    private static void latency(Map<String, String> options) throws Exception {
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "10"));
        long[] users;
        long[] movies;
        try (Connection c = DriverManager.getConnection(options.get("jdbc")); Statement s = c.createStatement()) {
            users = column(s, "select user_id from ratings group by user_id order by user_id");
            movies = column(s, "select movie_id from ratings group by movie_id order by movie_id");
            try (ResultSet r = s.executeQuery("select (select count(*) from movies), (select count(*) from ratings),"
                    + " (select count(*) from movie_neighbours n join recommendation_models v on v.version = n.version and v.active)")) {
                r.next();
                System.out.printf("catalogue: %,d movies, %,d ratings by %,d users of %,d rated movies; %,d neighbour rows in the active model%n",
                        r.getLong(1), r.getLong(2), users.length, movies.length, r.getLong(3));
            }
        }
        String token = logIn(options.get("user"), options.get("password"));
        Operation personal = () -> send("GET", "/api/v1/admin/users/" + pick(users) + "/recommendations", token);
        Operation similar = () -> send("GET", "/api/v1/movies/" + pick(movies) + "/similar", null);
        System.out.printf("%d threads, closed loop, %d s after a %d s warm-up, %s client; load average %s%n", threads, seconds, warmUp,
                rawClient ? "raw keep-alive" : "JDK", loadAverage());
        System.out.printf("%-46s %9s %8s %8s %8s %8s %7s%n", "request", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
        long requests = 0;
        String endpoint = options.getOrDefault("endpoint", "both");
        for (String name : List.of("GET /admin/users/{id}/recommendations", "GET /movies/{id}/similar")) {
            if (!endpoint.equals("both") && name.contains("similar") != endpoint.equals("similar")) {
                continue;
            }
            Operation operation = name.contains("similar") ? similar : personal;
            requests += loop(operation, threads, warmUp).latencies.getTotalCount();
            Phase phase = loop(operation, threads, seconds);
            Histogram h = phase.latencies;
            requests += h.getTotalCount();
            System.out.printf(Locale.ROOT, "%-46s %9.0f %8.2f %8.2f %8.2f %8.1f %7d%n", name, phase.perSecond,
                    h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(95) / 1e6, h.getValueAtPercentile(99) / 1e6,
                    h.getMaxValue() / 1e6, phase.errors);
        }
        System.out.printf("load average at the end: %s; %,d requests with the warm-ups%n", loadAverage(), requests);
    }

    private static long pick(long[] ids) {
        return ids[ThreadLocalRandom.current().nextInt(ids.length)];
    }

    private static long[] column(Statement s, String query) throws Exception {
        List<Long> values = new ArrayList<>();
        try (ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                values.add(r.getLong(1));
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    record Phase(Histogram latencies, double perSecond, long errors) {}

    private static Phase loop(Operation operation, int threads, int duration) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        AtomicLong count = new AtomicLong();
        Histogram[] histograms = new Histogram[threads];
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Histogram histogram = new Histogram(60_000_000_000L, 3);
            histograms[t] = histogram;
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    long began = System.nanoTime();
                    try {
                        operation.run();
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.out.println("  error: " + e);
                        }
                    }
                    histogram.recordValue(Math.min(System.nanoTime() - began, 60_000_000_000L));
                    count.incrementAndGet();
                }
            });
            thread.start();
            workers.add(thread);
        }
        Thread.sleep(duration * 1000L);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Histogram all = new Histogram(60_000_000_000L, 3);
        for (Histogram histogram : histograms) {
            all.add(histogram);
        }
        return new Phase(all, count.get() / elapsed, errors.get());
    }

    private static String loadAverage() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    // ---------------------------------------------------------------- HTTP

    private static String send(String method, String path, String token) throws Exception {
        return send(method, path, token, null);
    }

    private static String send(String method, String path, String token, String json) throws Exception {
        if (rawClient) {
            RawHttp.Response response = RawHttp.connection(base).exchange(method, path, token, json);
            if (response.status() != 200) {
                throw new IllegalStateException(method + " " + path + " answered " + response.status() + ": " + response.body());
            }
            return response.body();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String logIn(String user, String password) throws Exception {
        String body = send("POST", "/api/v1/auth/login", null, "{\"login\":\"" + user + "\",\"password\":\"" + password + "\"}");
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("login failed: " + body);
        }
        return token.group(1);
    }
}
