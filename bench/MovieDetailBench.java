import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of GET /api/v1/movies/{id} against a raw JDBC loop running the very same two SQL statements
 * (read from the application's jar), side by side in one run: HTTP, JDBC, HTTP, JDBC.
 * Run by bench/movie-detail.sh, which starts the application and passes its URLs.
 */
public final class MovieDetailBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String base = options.get("base");
        String jdbc = options.get("jdbc");
        int movies = Integer.parseInt(options.getOrDefault("movies", "100"));
        int castSize = Integer.parseInt(options.getOrDefault("cast", "12"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "15"));

        String token = logIn(base, options.get("user"), options.get("password"));
        long[] ids = seed(base, token, movies, castSize);
        Class<?> queries = Class.forName("dev.marquee.adapters.persistence.movie.MovieQueryAdapter");
        String detailSql = constant(queries, "DETAIL");
        String castSql = constant(queries, "CAST");

        System.out.printf("seeded %d movies with %d cast credits each; %d threads, %d s per phase after 10 s warm-ups%n",
                movies, castSize, threads, seconds);
        run("warm-up http", 10, threads, () -> httpWorker(base, ids));
        run("warm-up jdbc", 10, threads, () -> jdbcWorker(jdbc, detailSql, castSql, ids));
        List<Result> results = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            results.add(run("http round " + round, seconds, threads, () -> httpWorker(base, ids)));
            results.add(run("jdbc round " + round, seconds, threads, () -> jdbcWorker(jdbc, detailSql, castSql, ids)));
        }
        double http = results.stream().filter(r -> r.name.startsWith("http")).mapToDouble(Result::perSecond).average().orElseThrow();
        double raw = results.stream().filter(r -> r.name.startsWith("jdbc")).mapToDouble(Result::perSecond).average().orElseThrow();
        System.out.printf("%nGET /movies/{id}: %.0f req/s; raw JDBC, same 2 statements: %.0f detail pages/s; ratio http/jdbc = %.2f%n",
                http, raw, http / raw);
    }

    /** One worker's loop body: returns the latency of one operation in nanoseconds. */
    interface Worker {
        long once() throws Exception;
    }

    interface WorkerFactory {
        Worker create() throws Exception;
    }

    record Result(String name, long operations, double seconds, long p50Micros, long p99Micros) {
        double perSecond() {
            return operations / seconds;
        }
    }

    private static Result run(String name, int seconds, int threads, WorkerFactory factory) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<long[]> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long[] counts = new long[threads];
        for (int t = 0; t < threads; t++) {
            Worker worker = factory.create();
            long[] samples = new long[2_000_000];
            latencies.add(samples);
            int index = t;
            Thread thread = new Thread(() -> {
                try {
                    while (running.get()) {
                        long latency = worker.once();
                        if (counts[index] < samples.length) {
                            samples[(int) counts[index]] = latency;
                        }
                        counts[index]++;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            workers.add(thread);
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) Math.min(total, Integer.MAX_VALUE - 8)];
        int filled = 0;
        for (int t = 0; t < threads; t++) {
            int n = (int) Math.min(counts[t], latencies.get(t).length);
            System.arraycopy(latencies.get(t), 0, all, filled, n);
            filled += n;
        }
        long[] sorted = Arrays.copyOf(all, filled);
        Arrays.sort(sorted);
        Result result = new Result(name, total, elapsed, sorted[sorted.length / 2] / 1000, sorted[(int) (sorted.length * 0.99)] / 1000);
        System.out.printf("%-14s %8.0f ops/s   p50 %6d us   p99 %6d us%n", name, result.perSecond(), result.p50Micros, result.p99Micros);
        return result;
    }

    private static Worker httpWorker(String base, long[] ids) {
        return () -> {
            long id = ids[ThreadLocalRandom.current().nextInt(ids.length)];
            long start = System.nanoTime();
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/movies/" + id)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /movies/" + id + " answered " + response.statusCode());
            }
            return System.nanoTime() - start;
        };
    }

    private static Worker jdbcWorker(String url, String detailSql, String castSql, long[] ids) throws Exception {
        Connection connection = DriverManager.getConnection(url);
        PreparedStatement detail = connection.prepareStatement(detailSql);
        PreparedStatement cast = connection.prepareStatement(castSql);
        return () -> {
            long id = ids[ThreadLocalRandom.current().nextInt(ids.length)];
            long start = System.nanoTime();
            readAll(detail, id);
            readAll(cast, id);
            return System.nanoTime() - start;
        };
    }

    private static void readAll(PreparedStatement statement, long id) throws Exception {
        statement.setLong(1, id);
        try (ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    rows.getObject(c);
                }
            }
        }
    }

    private static long[] seed(String base, String token, int movies, int castSize) throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        long crime = id(post(base, "/api/v1/genres", token, "{\"name\":\"Crime " + suffix + "\"}"));
        long drama = id(post(base, "/api/v1/genres", token, "{\"name\":\"Drama " + suffix + "\"}"));
        long director = id(post(base, "/api/v1/persons", token, "{\"firstName\":\"Director\",\"lastName\":\"" + suffix + "\"}"));
        long[] actors = new long[castSize];
        for (int a = 0; a < castSize; a++) {
            actors[a] = id(post(base, "/api/v1/persons", token, "{\"firstName\":\"Actor" + a + "\",\"lastName\":\"" + suffix + "\"}"));
        }
        long[] ids = new long[movies];
        for (int m = 0; m < movies; m++) {
            ids[m] = id(post(base, "/api/v1/movies", token, "{\"title\":\"Bench movie " + m + " " + suffix + "\","
                    + "\"tagline\":\"A benchmark\",\"description\":\"" + "A plot summary. ".repeat(20) + "\","
                    + "\"budget\":60000000,\"revenue\":187436818,\"releaseDate\":\"1995-12-15\",\"duration\":170,"
                    + "\"directorId\":" + director + ",\"genreIds\":[" + crime + "," + drama + "],\"originalLanguage\":\"en\","
                    + "\"status\":\"RELEASED\"}"));
            for (int a = 0; a < castSize; a++) {
                post(base, "/api/v1/movies/" + ids[m] + "/cast", token, "{\"actorId\":" + actors[a] + ",\"characterName\":\"Character "
                        + a + "\",\"role\":\"" + (a < 2 ? "LEADING" : a < 6 ? "SUPPORTING" : "BACKGROUND") + "\"}");
            }
        }
        return ids;
    }

    private static String logIn(String base, String user, String password) throws Exception {
        String body = post(base, "/api/v1/auth/login", null, "{\"login\":\"" + user + "\",\"password\":\"" + password + "\"}");
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("login failed: " + body);
        }
        return token.group(1);
    }

    private static String post(String base, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static long id(String json) {
        Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(id.group(1));
    }

    private static String constant(Class<?> type, String name) throws Exception {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (String) field.get(null);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        return options;
    }
}
