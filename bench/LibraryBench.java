import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cost of the caller's "me" block: GET /api/v1/movies/{id} anonymously and with a token, side by side
 * (anonymous, token, anonymous, token); then PUT /api/v1/movies/{id}/rating throughput, each thread a user
 * rating random movies (the movie's aggregates are updated in the same transaction). Run by bench/library.sh.
 */
public final class LibraryBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        String base = options.get("base");
        int movies = Integer.parseInt(options.getOrDefault("movies", "200"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "15"));

        String admin = token(base, options.get("user"), options.get("password"));
        long[] ids = new long[movies];
        for (int m = 0; m < movies; m++) {
            ids[m] = id(call(base, "POST", "/api/v1/movies", admin, "{\"title\":\"Library bench " + m + "\",\"duration\":120}", 201));
        }
        List<String> users = new ArrayList<>();
        String suffix = Long.toString(System.nanoTime(), 36);
        for (int u = 0; u < threads; u++) {
            String name = "rater_" + suffix + "_" + u;
            call(base, "POST", "/api/v1/auth/register", null, "{\"username\":\"" + name + "\",\"email\":\"" + name
                    + "@example.org\",\"password\":\"bench-passphrase\"}", 201);
            users.add(token(base, name, "bench-passphrase"));
        }
        String reader = users.get(0);
        for (int m = 0; m < movies; m += 3) {
            call(base, "PUT", "/api/v1/users/me/favorites/" + ids[m], reader, null, 201);
        }
        System.out.printf("%d movies, %d threads, %d s per phase after 10 s warm-ups%n", movies, threads, seconds);
        run("warm-up", 10, threads, t -> get(base, ids, null));
        run("warm-up", 10, threads, t -> get(base, ids, reader));
        double[] anonymous = new double[2];
        double[] authenticated = new double[2];
        for (int round = 0; round < 2; round++) {
            anonymous[round] = run("anonymous " + (round + 1), seconds, threads, t -> get(base, ids, null));
            authenticated[round] = run("with token " + (round + 1), seconds, threads, t -> get(base, ids, reader));
        }
        double anonymousMean = (anonymous[0] + anonymous[1]) / 2;
        double authenticatedMean = (authenticated[0] + authenticated[1]) / 2;
        System.out.printf("GET /movies/{id}: anonymous %.0f req/s, with token (me block) %.0f req/s; ratio %.2f%n",
                anonymousMean, authenticatedMean, authenticatedMean / anonymousMean);
        double ratings = run("PUT rating", seconds, threads, t -> {
            String score = String.valueOf(ThreadLocalRandom.current().nextInt(1, 11) / 2.0);
            long movie = ids[ThreadLocalRandom.current().nextInt(ids.length)];
            HttpResponse<String> response = send(base, "PUT", "/api/v1/movies/" + movie + "/rating", users.get(t),
                    "{\"score\":" + score + "}");
            if (response.statusCode() != 200 && response.statusCode() != 201) {
                throw new IllegalStateException("rating answered " + response.statusCode() + ": " + response.body());
            }
        });
        System.out.printf("PUT /movies/{id}/rating: %.0f req/s%n", ratings);
    }

    interface Operation {
        void run(int thread) throws Exception;
    }

    private static double run(String name, int seconds, int threads, Operation operation) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        long[] counts = new long[threads];
        List<List<Long>> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            List<Long> samples = new ArrayList<>();
            latencies.add(samples);
            Thread worker = new Thread(() -> {
                try {
                    while (running.get()) {
                        long begin = System.nanoTime();
                        operation.run(index);
                        samples.add(System.nanoTime() - begin);
                        counts[index]++;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        double perSecond = Arrays.stream(counts).sum() / ((System.nanoTime() - start) / 1e9);
        long[] all = latencies.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-14s %7.0f req/s   p50 %6.1f ms   p99 %6.1f ms%n", name, perSecond, all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6);
        return perSecond;
    }

    private static void get(String base, long[] ids, String token) throws Exception {
        long id = ids[ThreadLocalRandom.current().nextInt(ids.length)];
        HttpResponse<String> response = send(base, "GET", "/api/v1/movies/" + id, token, null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET answered " + response.statusCode());
        }
    }

    private static String token(String base, String user, String password) throws Exception {
        String body = call(base, "POST", "/api/v1/auth/login", null, "{\"login\":\"" + user + "\",\"password\":\"" + password + "\"}", 200);
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("login failed: " + body);
        }
        return token.group(1);
    }

    private static String call(String base, String method, String path, String token, String json, int expected) throws Exception {
        HttpResponse<String> response = send(base, method, path, token, json);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> send(String base, String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long id(String json) {
        Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(id.group(1));
    }
}
